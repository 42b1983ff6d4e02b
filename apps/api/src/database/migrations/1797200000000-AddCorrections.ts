import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing a quarter: `corrections`, each change to a closed quarter (one whose report was frozen for the
 * council) recorded against the frozen version that closed it — lab, quarter, frozen version, the measurement
 * or status update, the value before and after, the reason, who and when. Both it and `frozen_reports` move the
 * `data_changes` counter: a report lists the corrections since the lab's last freeze, so either changes it.
 */
const WATCHED = ['corrections', 'frozen_reports'];

export class AddCorrections1797200000000 implements MigrationInterface {
  name = 'AddCorrections1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "corrections" ("id" SERIAL NOT NULL, "lab_id" integer NOT NULL, "period" character(7) NOT NULL, "frozen_report_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "project_id" integer NOT NULL, "indicator_id" integer, "measurement_id" integer, "status_update_id" integer, "old_value" numeric(16,4), "new_value" numeric(16,4), "reason" text NOT NULL, "corrected_by_id" integer, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reapproved_by_id" integer, "reapproved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "correction_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 4000), CONSTRAINT "correction_kind_known" CHECK ("kind" IN ('reopen', 'new_measurement', 'status_update')), CONSTRAINT "correction_period_format" CHECK ("period" ~ '^[0-9]{4}-Q[1-4]$'), CONSTRAINT "PK_c362438b2b0fcce02e21e4c24c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f46ca53a170f3370cf65ab16e3" ON "corrections"("frozen_report_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_252ba7d43b23cda71df9057600" ON "corrections"("project_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_69a89b6b768a2f008eada56f7b" ON "corrections"("indicator_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_203bcaa9ac7c44f385d1c4ffcf" ON "corrections"("measurement_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_608cb2e4fc449d8cb8183f8015" ON "corrections"("status_update_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_10e234cb08e11f6af10559d986" ON "corrections"("corrected_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e4b00b730d074dd990b82da0ad" ON "corrections"("reapproved_by_id")`);
    await queryRunner.query(`CREATE INDEX "correction_lab_recorded" ON "corrections"("lab_id", "corrected_at")`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_6c29dfee91e0ee9ad3e942f2fe7" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_f46ca53a170f3370cf65ab16e3a" FOREIGN KEY ("frozen_report_id") REFERENCES "frozen_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_252ba7d43b23cda71df90576007" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_69a89b6b768a2f008eada56f7b6" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_203bcaa9ac7c44f385d1c4ffcff" FOREIGN KEY ("measurement_id") REFERENCES "measurements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_608cb2e4fc449d8cb8183f80150" FOREIGN KEY ("status_update_id") REFERENCES "status_updates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_10e234cb08e11f6af10559d9861" FOREIGN KEY ("corrected_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrections" ADD CONSTRAINT "FK_e4b00b730d074dd990b82da0ad2" FOREIGN KEY ("reapproved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_data_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
    await queryRunner.query(`DROP TABLE "corrections"`);
  }
}
