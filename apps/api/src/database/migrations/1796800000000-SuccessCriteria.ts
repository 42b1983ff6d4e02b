import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Success criteria fixed before the experiment.
 *
 * - `success_criteria`: per outcome indicator of a project (unique), a threshold value to reach by a date,
 *   fixed by the scenario → experiment go (`phase_decision_id`, which carries the `hypothesis`); versioned,
 *   but written after the gate only through a revision.
 * - `success_criterion_revisions`: each change of a criterion, with its reason and whether approved
 *   measurements already existed (`changed_after_results`); it goes with its criterion (CASCADE).
 * - `phase_decisions`: the `hypothesis` of a go into the experiment, and the `override` (with its own
 *   rationale and the number of unmet criteria) of a go into rollout against unmet criteria.
 *
 * Both new tables move the `data_changes` counter, as every table the dashboard and the reports read.
 */
const WATCHED = ['success_criteria', 'success_criterion_revisions'];

export class SuccessCriteria1796800000000 implements MigrationInterface {
  name = 'SuccessCriteria1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "success_criteria" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" integer NOT NULL, "indicator_id" integer NOT NULL, "phase_decision_id" integer NOT NULL, "value" numeric(16,4) NOT NULL, "by_date" date NOT NULL, CONSTRAINT "PK_a56b42b8676f0bf3616352e9931" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0c07b0239b7218f2af7ce2da18" ON "success_criteria"  ("project_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dfab7fdff3c25d1adb51436c52" ON "success_criteria"  ("indicator_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d58fa264b4f75a02c10a3249a2" ON "success_criteria"  ("phase_decision_id") `);
    await queryRunner.query(`CREATE TABLE "success_criterion_revisions" ("id" SERIAL NOT NULL, "criterion_id" integer NOT NULL, "old_value" numeric(16,4) NOT NULL, "new_value" numeric(16,4) NOT NULL, "old_date" date NOT NULL, "new_date" date NOT NULL, "reason" text NOT NULL, "changed_after_results" boolean NOT NULL, "approved_quarters" integer NOT NULL, "revised_by_id" integer, "revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ac7ce90ba607d3dd82917caaf4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_386d230d4423ecd88ce6923c9b" ON "success_criterion_revisions"  ("criterion_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_633b37cf6cfa76f1f20cb2083c" ON "success_criterion_revisions"  ("revised_by_id") `);
    await queryRunner.query(`ALTER TABLE "phase_decisions" ADD "hypothesis" text`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" ADD "override" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" ADD "override_rationale" text`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" ADD "unmet_criteria" integer`);
    await queryRunner.query(`ALTER TABLE "success_criteria" ADD CONSTRAINT "FK_0c07b0239b7218f2af7ce2da18f" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "success_criteria" ADD CONSTRAINT "FK_dfab7fdff3c25d1adb51436c52b" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "success_criteria" ADD CONSTRAINT "FK_d58fa264b4f75a02c10a3249a2f" FOREIGN KEY ("phase_decision_id") REFERENCES "phase_decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "success_criterion_revisions" ADD CONSTRAINT "FK_386d230d4423ecd88ce6923c9b9" FOREIGN KEY ("criterion_id") REFERENCES "success_criteria"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "success_criterion_revisions" ADD CONSTRAINT "FK_633b37cf6cfa76f1f20cb2083cf" FOREIGN KEY ("revised_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "success_criterion_revisions" DROP CONSTRAINT "FK_633b37cf6cfa76f1f20cb2083cf"`);
    await queryRunner.query(`ALTER TABLE "success_criterion_revisions" DROP CONSTRAINT "FK_386d230d4423ecd88ce6923c9b9"`);
    await queryRunner.query(`ALTER TABLE "success_criteria" DROP CONSTRAINT "FK_d58fa264b4f75a02c10a3249a2f"`);
    await queryRunner.query(`ALTER TABLE "success_criteria" DROP CONSTRAINT "FK_dfab7fdff3c25d1adb51436c52b"`);
    await queryRunner.query(`ALTER TABLE "success_criteria" DROP CONSTRAINT "FK_0c07b0239b7218f2af7ce2da18f"`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" DROP COLUMN "unmet_criteria"`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" DROP COLUMN "override_rationale"`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" DROP COLUMN "override"`);
    await queryRunner.query(`ALTER TABLE "phase_decisions" DROP COLUMN "hypothesis"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_633b37cf6cfa76f1f20cb2083c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_386d230d4423ecd88ce6923c9b"`);
    await queryRunner.query(`DROP TABLE "success_criterion_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d58fa264b4f75a02c10a3249a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfab7fdff3c25d1adb51436c52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c07b0239b7218f2af7ce2da18"`);
    await queryRunner.query(`DROP TABLE "success_criteria"`);
  }
}
