import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every security event on record, and the audit trail append-only in the database itself:
 * - the actions `login`, `logout`, `password_changed`, `password_reset` and `refused`;
 * - each event's request id (the X-Request-Id its request answered) and client address, indexed: an event
 *   is found by its request, and what one address did (and a refusal's recent twin) by address and time;
 * - triggers that refuse every UPDATE and DELETE of a row and every TRUNCATE of the table, whoever sends it,
 *   the API's own connection included. Nothing updates or deletes audit rows: a user with history cannot be
 *   deleted (the foreign key is ON DELETE RESTRICT, answered 409), only deactivated.
 *
 * The table's owner can still drop or disable the triggers (DDL, not an ordinary write): a deployment that
 * wants that out of the app's reach too runs the migrations as the owner and the app as a role granted only
 * SELECT and INSERT on audit_events.
 */
export class AuditTrailAppendOnly1796000000000 implements MigrationInterface {
  name = 'AuditTrailAppendOnly1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New enum values may not be used in the transaction that adds them: nothing below uses them.
    for (const action of ['login', 'logout', 'password_changed', 'password_reset', 'refused']) {
      await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE '${action}'`);
    }
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "request_id" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "client_address" character varying(64)`);
    await queryRunner.query(`CREATE INDEX "audit_event_request" ON "audit_events" ("request_id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_client" ON "audit_events" ("client_address", "occurred_at") `);

    await queryRunner.query(`CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
          USING HINT = 'Audit events are never changed or removed; a correction is a new event.';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Going back removes the protection first: the events of the new kinds cannot be kept in the old type.
    await queryRunner.query(`DROP TRIGGER "audit_events_no_truncate" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "audit_events_append_only" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION "refuse_audit_change"()`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_client"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_request"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "client_address"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "request_id"`);
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" IN ('login', 'logout', 'password_changed', 'password_reset', 'refused')`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action_old" AS ENUM('create', 'update', 'delete', 'transition', 'submit', 'approve', 'return', 'reopen', 'comment', 'freeze', 'login_failed')`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
  }
}
