import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Word search (`q`) on the tables large enough for it to matter reads one stored column, the searched
 * columns joined by spaces and lower-cased, through a trigram GIN index on it. One LIKE per word on that
 * column is a single index condition, for the page and its count alike: the OR of an ILIKE per column that
 * it replaces either walked the sort index testing every row or fell back to a sequential scan for the count.
 * The words of `q` hold no whitespace, so a word never matches across two joined columns. Lower-cased once
 * when written, a row is tested with a plain LIKE of the lower-cased word: what ILIKE does in a UTF-8
 * database, where it lower-cases both sides of every comparison.
 *
 * TypeORM keeps the expression of a generated column in its own `typeorm_metadata` table, to compare it
 * with the entity's. It makes that table itself before it runs or reverts a migration, as it makes
 * `migrations`; it is made here too in case it is missing, in the form TypeORM gives it.
 */
const SEARCH_TEXT: { table: string; index: string; columns: string[] }[] = [
  { table: 'projects', index: 'project_search_text', columns: ['code', 'title', 'summary', 'problem', 'target_group'] },
  { table: 'milestones', index: 'milestone_search_text', columns: ['title', 'description'] },
  { table: 'indicators', index: 'indicator_search_text', columns: ['name', 'definition', 'data_source'] },
];

const joined = (columns: string[]) => `lower(${columns.map((c) => `coalesce("${c}", '')`).join(` || ' ' || `)})`;

export class AddSearchText1797000000000 implements MigrationInterface {
  name = 'AddSearchText1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    for (const { table, index, columns } of SEARCH_TEXT) {
      const expression = joined(columns);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_text" text GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_text', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("search_text" gin_trgm_ops)`);
    }
    // The five-column index served the ILIKEs of each column; nothing searches them one by one any more.
    await queryRunner.query(`DROP INDEX "public"."project_search"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "project_search" ON "projects" USING gin ("code" gin_trgm_ops, "title" gin_trgm_ops, "summary" gin_trgm_ops, "problem" gin_trgm_ops, "target_group" gin_trgm_ops)`,
    );
    for (const { table, index } of [...SEARCH_TEXT].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = 'search_text'`, [table]);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`);
    }
  }
}
