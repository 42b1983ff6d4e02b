import type { DataSource } from 'typeorm';
import { ListCounts, tablesNamed } from './list-counts';

const TABLES = new Set(['milestones', 'projects', 'project_themes', 'audit_events', 'users']);

/** A data source with these tables, of which `watched` move the change counter. */
function source(watched: string[]): DataSource {
  return {
    entityMetadatas: [...TABLES].map((tableName) => ({ tableName })),
    query: async () => watched.map((table) => ({ table })),
  } as unknown as DataSource;
}

describe('tablesNamed', () => {
  it('finds the tables a statement names, quoted or bare, and nothing else', () => {
    const sql = `SELECT count(*) AS "n" FROM "milestones" "r" WHERE r.status IN ('planned') AND EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = r.project_id)`;
    expect([...tablesNamed(sql, TABLES)].sort()).toEqual(['milestones', 'project_themes']);
    expect([...tablesNamed('SELECT 1 FROM "Projects"', TABLES)]).toEqual([]);
    expect([...tablesNamed('SELECT 1 FROM PROJECTS', TABLES)]).toEqual(['projects']);
  });
});

describe('ListCounts.keepable', () => {
  const counts = new ListCounts(source(['milestones', 'projects']));

  it('keeps a count that reads only watched tables', async () => {
    await expect(counts.keepable(`SELECT count(*) FROM "milestones" "r" WHERE "r"."due_date" < $1`)).resolves.toBe(true);
    await expect(counts.keepable(`SELECT count(*) FROM "projects" "r" WHERE "r"."id" IN (SELECT project_id FROM "milestones")`)).resolves.toBe(true);
  });

  it('takes every time a count that reads a table without the counter, or no known table', async () => {
    await expect(counts.keepable(`SELECT count(*) FROM "projects" "r" WHERE EXISTS (SELECT 1 FROM project_themes pt)`)).resolves.toBe(false);
    await expect(counts.keepable(`SELECT count(*) FROM "audit_events" "r"`)).resolves.toBe(false);
    await expect(counts.keepable(`SELECT count(*) FROM generate_series(1, 3)`)).resolves.toBe(false);
  });

  it('takes every time a count that reads the clock or chance', async () => {
    for (const clock of ['now()', 'CURRENT_DATE', 'current_timestamp', 'localtimestamp', 'random()', 'clock_timestamp()']) {
      await expect(counts.keepable(`SELECT count(*) FROM "milestones" "r" WHERE "r"."due_date" < ${clock}`)).resolves.toBe(false);
    }
  });
});
