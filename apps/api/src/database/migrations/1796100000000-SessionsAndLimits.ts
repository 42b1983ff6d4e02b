import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions that the server can end, and the counters that bound password checks and requests, all
 * in PostgreSQL so that every replica shares them.
 *
 * - `sessions`: one row per sign-in; a token names its session, and a session with `ended_at` set no longer
 *   signs anything. A change of a user's password, role or active flag ends all their sessions in the same
 *   statement (trigger), whether it comes from the API, another instance or psql. Every change is announced
 *   on `user_changes`, like a change of a user, so instances forget what they keep in memory.
 * - `rate_limits`: rate-limiter-flexible's counters, for the API's request limits per client and the
 *   password checks per account (counted before each check, in one atomic upsert, so no burst gets past
 *   the limit). UNLOGGED: the counts of a 15-minute window need no write-ahead log.
 */
export class SessionsAndLimits1796100000000 implements MigrationInterface {
  name = 'SessionsAndLimits1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sessions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ended_at" TIMESTAMP WITH TIME ZONE,
      "ended_reason" character varying(40),
      CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sessions_open_by_user" ON "sessions" ("user_id") WHERE "ended_at" IS NULL`);
    await queryRunner.query(`CREATE FUNCTION "end_sessions_on_credential_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE sessions SET ended_at = now(), ended_reason = CASE
            WHEN NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN 'password'
            WHEN NEW.role IS DISTINCT FROM OLD.role THEN 'role'
            ELSE 'deactivated' END
          WHERE user_id = NEW.id AND ended_at IS NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "users_end_sessions" AFTER UPDATE OF "password_hash", "role", "active" ON "users" FOR EACH ROW
      WHEN (NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.role IS DISTINCT FROM OLD.role OR (OLD.active AND NOT NEW.active))
      EXECUTE FUNCTION "end_sessions_on_credential_change"()`);
    await queryRunner.query(
      `CREATE TRIGGER "sessions_notify_change" AFTER UPDATE OR DELETE OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "notify_user_change"()`,
    );

    // rate-limiter-flexible's table for PostgreSQL, as it would create it itself (with room for a long address in a key), plus an index for its sweep.
    await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limits" ("key" character varying(400) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint,
      CONSTRAINT "PK_rate_limits" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limits_expire" ON "rate_limits" ("expire")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP TRIGGER "users_end_sessions" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "end_sessions_on_credential_change"()`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
