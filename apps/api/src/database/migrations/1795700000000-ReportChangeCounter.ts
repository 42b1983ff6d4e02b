import { MigrationInterface, QueryRunner } from 'typeorm';

/** Two more tables move the `data_changes` counter: the quarterly report names organisations and the users who decided gates. */
const WATCHED = ['organisations', 'users'];

export class ReportChangeCounter1795700000000 implements MigrationInterface {
  name = 'ReportChangeCounter1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
  }
}
