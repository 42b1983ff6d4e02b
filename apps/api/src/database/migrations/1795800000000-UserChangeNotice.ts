import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every committed change to the users table is announced on the `user_changes` channel (NOTIFY is sent at
 * commit, never for a rolled-back change), so that each API instance can keep the signed-in accounts in
 * memory and forget them the moment one changes (see UserDirectory).
 */
export class UserChangeNotice1795800000000 implements MigrationInterface {
  name = 'UserChangeNotice1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "notify_user_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('user_changes', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "users_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "notify_user_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_notify_change" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "notify_user_change"()`);
  }
}
