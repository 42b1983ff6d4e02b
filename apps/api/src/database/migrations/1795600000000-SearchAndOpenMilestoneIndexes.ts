import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes chosen from EXPLAIN (ANALYZE) of the list queries at 2,000 projects and 40,000 milestones:
 * - the project word search (`q`: ILIKE '%word%' on five columns) by a trigram GIN index, which turns the
 *   OR of five ILIKEs into a bitmap scan instead of a scan of every project;
 * - open milestones by due date (the overdue list and the home page), a partial index in sort order.
 * Also counts membership changes for the dashboard (the "returned to you" count depends on them).
 */
export class SearchAndOpenMilestoneIndexes1795600000000 implements MigrationInterface {
  name = 'SearchAndOpenMilestoneIndexes1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "project_search" ON "projects" USING gin ("code" gin_trgm_ops, "title" gin_trgm_ops, "summary" gin_trgm_ops, "problem" gin_trgm_ops, "target_group" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "milestone_open_due" ON "milestones" ("due_date", "id") WHERE "status" IN ('planned', 'in_progress')`);
    await queryRunner.query(
      `CREATE TRIGGER "memberships_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "memberships_count_change" ON "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."milestone_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."project_search"`);
    // The extension stays: other database objects may use it, and it holds no data.
  }
}
