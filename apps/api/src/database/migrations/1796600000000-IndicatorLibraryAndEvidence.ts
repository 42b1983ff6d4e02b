import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lab's indicator library and the evidence behind an indicator's figures.
 *
 * - `indicator_definitions`: shared definitions per lab (name unique within the lab); a project's indicator
 *   may adopt one (`indicators.definition_id`, nullable, RESTRICT: a definition in use is not deleted) and
 *   then follows its unit, direction and aggregation.
 * - `indicators.evidence_design` (default `none`, so existing indicators keep working), `evidence_source`
 *   and `validated_by`; `measurements.people_measured` (not negative). The evidence level is derived from
 *   them on every read (libs/domain evidence-level.ts), never stored.
 */
export class IndicatorLibraryAndEvidence1796600000000 implements MigrationInterface {
  name = 'IndicatorLibraryAndEvidence1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicator_definitions" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lab_id" integer NOT NULL, "name" character varying(300) NOT NULL, "definition" text, "kind" "public"."indicator_kind" NOT NULL, "aspect" "public"."indicator_aspect" NOT NULL, "unit" "public"."indicator_unit" NOT NULL, "direction" "public"."direction" NOT NULL DEFAULT 'increase', "aggregation" "public"."aggregation" NOT NULL DEFAULT 'sum', "data_source" text, CONSTRAINT "indicator_definition_name_per_lab" UNIQUE ("lab_id", "name"), CONSTRAINT "PK_53e1b4f841fe9d762c0875b28bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6b7357c97fe3af141458fbcca" ON "indicator_definitions"  ("lab_id") `);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "definition_id" integer`);
    await queryRunner.query(`CREATE TYPE "public"."evidence_design" AS ENUM('none', 'before_after', 'comparison_group', 'randomised')`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "evidence_design" "public"."evidence_design" NOT NULL DEFAULT 'none'`);
    await queryRunner.query(`CREATE TYPE "public"."evidence_source" AS ENUM('register', 'survey', 'self_report', 'observation')`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "evidence_source" "public"."evidence_source"`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "validated_by" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "measurements" ADD "people_measured" integer`);
    await queryRunner.query(`CREATE INDEX "IDX_e83e75bbf5e19bf6986e3a1b76" ON "indicators"  ("definition_id") `);
    await queryRunner.query(`ALTER TABLE "measurements" ADD CONSTRAINT "measurement_people_measured_not_negative" CHECK ("people_measured" IS NULL OR "people_measured" >= 0)`);
    await queryRunner.query(`ALTER TABLE "indicator_definitions" ADD CONSTRAINT "FK_e6b7357c97fe3af141458fbcca2" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD CONSTRAINT "FK_e83e75bbf5e19bf6986e3a1b76d" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicators" DROP CONSTRAINT "FK_e83e75bbf5e19bf6986e3a1b76d"`);
    await queryRunner.query(`ALTER TABLE "indicator_definitions" DROP CONSTRAINT "FK_e6b7357c97fe3af141458fbcca2"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP CONSTRAINT "measurement_people_measured_not_negative"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e83e75bbf5e19bf6986e3a1b76"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP COLUMN "people_measured"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "validated_by"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "evidence_source"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_source"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "evidence_design"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_design"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "definition_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6b7357c97fe3af141458fbcca"`);
    await queryRunner.query(`DROP TABLE "indicator_definitions"`);
  }
}
