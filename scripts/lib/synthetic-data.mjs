// Synthetic labs at a chosen scale, written set-based into a migrated database: the same tables,
// constraints, enums and triggers as real data (every CHECK, foreign key and unique rule applies), at a
// speed the API's one-record-per-request path cannot reach for 800,000 measurements.

/** The issue's default scale: 2,000 projects, 20,000 indicators, 800,000 measurements, 40,000 milestones. */
export const DEFAULT_SCALE = { labs: 2, projectsPerLab: 1000, indicatorsPerProject: 10, quarters: 40, milestonesPerProject: 20 };

const WORDS = ['werk', 'buurt', 'zorg', 'participatie', 'dagbesteding', 'vrijwilligers', 'ervaring', 'talent', 'samen', 'leren'];

/** The tables filled in bulk; their plain indexes may be built after the load (`deferIndexes`). */
const BULK_TABLES = ['projects', 'indicators', 'measurements', 'milestones', 'status_updates'];

/**
 * Fills the database behind `client` (a connected pg Client). Returns the ids of the labs created.
 * Quarters run from 2016-Q1; the last four quarters of every series are left submitted, the rest approved.
 * With `deferIndexes`, the bulk tables' indexes that back no constraint (search trigram GIN, partial and
 * foreign-key indexes) are dropped for the load and built again, as they were, before the commit: one
 * sorted build each instead of millions of row-by-row updates. Primary keys, unique rules, foreign keys
 * and CHECKs stay in place throughout.
 */
export async function generate(client, scale = DEFAULT_SCALE, log = () => {}, { deferIndexes = false } = {}) {
  const { labs, projectsPerLab, indicatorsPerProject, quarters, milestonesPerProject } = scale;
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`;
  await client.query('BEGIN');
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  await client.query('SET LOCAL synchronous_commit = off');
  let deferred = [];
  if (deferIndexes) {
    deferred = (await client.query(
      `SELECT n.nspname AS schema, c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE t.relname = ANY($1) AND n.nspname = current_schema()
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`, [BULK_TABLES])).rows;
    for (const index of deferred) await client.query(`DROP INDEX "${index.schema}"."${index.name}"`);
    log(`indexes deferred to after the load: ${deferred.length}`);
  }
  const labIds = (await client.query(
    `INSERT INTO labs (name, city, facilitator, reporting_due_days)
     SELECT 'Synthetisch lab ' || g || ' ' || md5(random()::text), 'Gemeente ' || g, 'Perspectivity', 30
       FROM generate_series(1, $1) g RETURNING id`, [labs])).rows.map((r) => r.id);
  log(`labs: ${labIds.length}`);

  await client.query(
    `INSERT INTO projects (lab_id, code, title, summary, problem, target_group, phase, health, start_date, planned_end_date, budget_cents)
     SELECT l.id, 'S' || l.id || '-' || lpad(g::text, 5, '0'),
            initcap(w1) || ' en ' || w2 || ' ' || g, 'Experiment met ' || w1 || ' in de wijk ' || g, 'Knelpunt: ' || w2, 'Amsterdammers ' || g,
            (ARRAY['scenario','experiment','experiment','rollout','stopped']::phase[])[1 + g % 5],
            (ARRAY['on_track','on_track','at_risk','off_track']::health[])[1 + g % 4],
            DATE '2016-01-01' + (g % 365), DATE '2019-12-31' + (g % 365), 100000 * (g % 500)
       FROM unnest($1::int[]) l(id), generate_series(1, $2) g,
            -- Words by a hash of the number, not in a cycle: a cycle of ten lines up with ANALYZE's histogram,
            -- which took every 100th title, all of them holding the same word (PostgreSQL then estimated that
            -- a search for it matches every project, and walked the title index instead of the trigram one).
            LATERAL (SELECT (${words})[1 + abs(hashint4(g * 7 + l.id)::bigint) % 10] AS w1, (${words})[1 + abs(hashint4(g * 3 + 1)::bigint) % 10] AS w2) w`,
    [labIds, projectsPerLab]);
  log(`projects: ${labs * projectsPerLab}`);

  await client.query(
    `INSERT INTO indicators (project_id, name, kind, aspect, unit, direction, aggregation, baseline_value, baseline_date, target_value, target_date)
     SELECT p.id, 'Indicator ' || k, (ARRAY['output','outcome']::indicator_kind[])[1 + k % 2],
            (ARRAY['effectiveness','sustainability']::indicator_aspect[])[1 + k % 2],
            (ARRAY['count','percent','score','euro']::indicator_unit[])[1 + k % 4], 'increase',
            (ARRAY['sum','latest','average']::aggregation[])[1 + k % 3], 10, DATE '2016-01-01', 60, DATE '2025-12-31'
       FROM projects p CROSS JOIN generate_series(1, $2) k WHERE p.lab_id = ANY($1::int[])`,
    [labIds, indicatorsPerProject]);
  log(`indicators: ${labs * projectsPerLab * indicatorsPerProject}`);

  // Each lab's library: the first three indicators of every project adopt a shared definition with their own
  // unit, direction and aggregation, so that "Wat werkt" compares every project three times over.
  await client.query(
    `WITH d AS (
       INSERT INTO indicator_definitions (lab_id, name, kind, aspect, unit, direction, aggregation)
       SELECT l.id, 'Indicator ' || k, (ARRAY['output','outcome']::indicator_kind[])[1 + k % 2],
              (ARRAY['effectiveness','sustainability']::indicator_aspect[])[1 + k % 2],
              (ARRAY['count','percent','score','euro']::indicator_unit[])[1 + k % 4], 'increase',
              (ARRAY['sum','latest','average']::aggregation[])[1 + k % 3]
         FROM unnest($1::int[]) l(id), generate_series(1, least(3, $2)) k
       RETURNING id, lab_id, name)
     UPDATE indicators i SET definition_id = d.id FROM projects p, d
      WHERE p.id = i.project_id AND d.lab_id = p.lab_id AND d.name = i.name`,
    [labIds, indicatorsPerProject]);
  log(`shared definitions: ${labs * Math.min(3, indicatorsPerProject)}`);

  await client.query(
    `INSERT INTO measurements (indicator_id, period, value, status, submitted_at, reviewed_at)
     SELECT i.id, (2016 + q / 4) || '-Q' || (1 + q % 4), 10 + ((i.id * 13 + q * 7) % 80),
            CASE WHEN q >= $2 - 4 THEN 'submitted' ELSE 'approved' END::measurement_status, now(),
            CASE WHEN q >= $2 - 4 THEN NULL ELSE now() END
       FROM indicators i JOIN projects p ON p.id = i.project_id CROSS JOIN generate_series(0, $2 - 1) q
      WHERE p.lab_id = ANY($1::int[])`,
    [labIds, quarters]);
  log(`measurements: ${labs * projectsPerLab * indicatorsPerProject * quarters}`);

  await client.query(
    `INSERT INTO milestones (project_id, title, description, phase, due_date, status, completed_date)
     SELECT p.id, 'Mijlpaal ' || k || ' ' || (${words})[1 + k % 10], 'Beschrijving ' || k,
            (ARRAY['scenario','experiment','rollout']::phase[])[1 + k % 3], CURRENT_DATE + (k * 60 - 600) + p.id % 30,
            CASE WHEN k % 4 = 0 THEN 'done' WHEN k % 4 = 1 THEN 'in_progress' ELSE 'planned' END::milestone_status,
            CASE WHEN k % 4 = 0 THEN CURRENT_DATE + (k * 60 - 600) + p.id % 30 END
       FROM projects p CROSS JOIN generate_series(1, $2) k WHERE p.lab_id = ANY($1::int[])`,
    [labIds, milestonesPerProject]);
  log(`milestones: ${labs * projectsPerLab * milestonesPerProject}`);

  await client.query(
    `INSERT INTO status_updates (project_id, period, health, narrative, submitted_at)
     SELECT p.id, (2016 + q / 4) || '-Q' || (1 + q % 4), p.health, 'Kwartaalverslag ' || q, now()
       FROM projects p CROSS JOIN generate_series(0, $2 - 1) q WHERE p.lab_id = ANY($1::int[])`,
    [labIds, quarters]);
  for (const index of deferred) await client.query(index.definition);
  if (deferred.length) log(`indexes built: ${deferred.length}`);
  await client.query('COMMIT');
  await client.query('ANALYZE');
  return labIds;
}
