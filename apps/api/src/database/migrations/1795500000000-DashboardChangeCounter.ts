import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes can move a figure on the home dashboard. */
const WATCHED = [
  'labs', 'projects', 'milestones', 'indicators', 'target_revisions', 'measurements', 'phase_decisions', 'status_updates', 'agreements',
];

/**
 * A counter of committed-or-pending changes to the data behind the dashboard: a statement-level trigger
 * draws from a sequence, which takes no row lock, so writers never wait on each other for it. The API
 * recomputes the lab-wide aggregates only when the counter moved (see DashboardService).
 * Also a partial index for the review queues, which only look at submitted and returned measurements.
 */
export class DashboardChangeCounter1795500000000 implements MigrationInterface {
  name = 'DashboardChangeCounter1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "measurement_pending_review" ON "measurements" ("indicator_id", "status") WHERE "status" IN ('submitted', 'returned')`);
    await queryRunner.query(`CREATE SEQUENCE "data_changes"`);
    await queryRunner.query(`CREATE FUNCTION "count_data_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('data_changes');
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "count_data_change"()`);
    await queryRunner.query(`DROP SEQUENCE "data_changes"`);
    await queryRunner.query(`DROP INDEX "public"."measurement_pending_review"`);
  }
}
