import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `milestone_open_due` (open milestones by due date and id) serves every query the older partial index on
 * the due date alone served, in the same order: the older one only cost writes.
 */
export class DropRedundantMilestoneIndex1795900000000 implements MigrationInterface {
  name = 'DropRedundantMilestoneIndex1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."milestone_open_by_due_date"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "milestone_open_by_due_date" ON "milestones" ("due_date") WHERE "status" IN ('planned', 'in_progress')`);
  }
}
