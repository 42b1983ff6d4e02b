import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Breakdowns and the small-number threshold.
 *
 * - `dimensions`: a lab's breakdown dimensions (`stadsdeel`, `doelgroep`), each with its values as a JSON list
 *   of `{code, label}`; the key is unique within the lab. Every lab gets a `stadsdeel` dimension from the
 *   districts when it is created (a trigger, so the API, the demo data and imports alike), existing labs now.
 * - `indicators.dimension_ids`: the dimensions an indicator is broken down by (empty: none).
 * - `measurements.parts`: per dimension key, per value code, a figure (null: no breakdown that quarter). Kept on
 *   the measurement's own row, so the review lock, its versions and the audit trail cover the parts with it.
 * - `labs.small_number_threshold` (default 5, at least 1): counts below it are hidden in outputs for a wider
 *   audience.
 * Both new tables move the `data_changes` counter, as does the indicator library, which had no trigger yet.
 */
export class BreakdownsAndSmallNumbers1796700000000 implements MigrationInterface {
  name = 'BreakdownsAndSmallNumbers1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dimensions" ("id" SERIAL NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lab_id" integer NOT NULL, "key" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "description" text, "values" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "dimension_key_per_lab" UNIQUE ("lab_id", "key"), CONSTRAINT "dimension_values_list" CHECK (jsonb_typeof("values") = 'array'), CONSTRAINT "PK_dimensions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e787556155300631b178bb8423" ON "dimensions" ("lab_id")`);
    await queryRunner.query(`ALTER TABLE "dimensions" ADD CONSTRAINT "FK_e787556155300631b178bb84238" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicators" ADD "dimension_ids" integer array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "measurements" ADD "parts" jsonb`);
    await queryRunner.query(`ALTER TABLE "measurements" ADD CONSTRAINT "measurement_parts_object" CHECK ("parts" IS NULL OR jsonb_typeof("parts") = 'object')`);
    await queryRunner.query(`ALTER TABLE "labs" ADD "small_number_threshold" integer NOT NULL DEFAULT 5`);
    await queryRunner.query(`ALTER TABLE "labs" ADD CONSTRAINT "lab_small_number_threshold_range" CHECK ("small_number_threshold" BETWEEN 1 AND 1000)`);
    await queryRunner.query(`CREATE FUNCTION "seed_lab_dimensions"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "dimensions" ("lab_id", "key", "name", "description", "values")
        SELECT NEW.id, 'stadsdeel', 'Stadsdeel', 'Het stadsdeel waar de deelnemers wonen.',
               COALESCE((SELECT jsonb_agg(jsonb_build_object('code', d.code, 'label', d.name) ORDER BY d.name) FROM "districts" d), '[]');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "labs_seed_dimensions" AFTER INSERT ON "labs" FOR EACH ROW EXECUTE FUNCTION "seed_lab_dimensions"()`);
    await queryRunner.query(`INSERT INTO "dimensions" ("lab_id", "key", "name", "description", "values")
      SELECT l.id, 'stadsdeel', 'Stadsdeel', 'Het stadsdeel waar de deelnemers wonen.',
             COALESCE((SELECT jsonb_agg(jsonb_build_object('code', d.code, 'label', d.name) ORDER BY d.name) FROM "districts" d), '[]')
        FROM "labs" l`);
    for (const table of ['dimensions', 'indicator_definitions']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['dimensions', 'indicator_definitions']) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER "labs_seed_dimensions" ON "labs"`);
    await queryRunner.query(`DROP FUNCTION "seed_lab_dimensions"()`);
    await queryRunner.query(`ALTER TABLE "labs" DROP CONSTRAINT "lab_small_number_threshold_range"`);
    await queryRunner.query(`ALTER TABLE "labs" DROP COLUMN "small_number_threshold"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP CONSTRAINT "measurement_parts_object"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP COLUMN "parts"`);
    await queryRunner.query(`ALTER TABLE "indicators" DROP COLUMN "dimension_ids"`);
    await queryRunner.query(`DROP TABLE "dimensions"`);
  }
}
