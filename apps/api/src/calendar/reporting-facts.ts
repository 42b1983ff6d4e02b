import type { DataSource, EntityManager } from 'typeorm';
import { NO_ACTIVITY, type Health, type MeasurementStatus, type QuarterActivity, type ReportingProject } from '@lab/domain';

// What the reporting rule (libs/domain reporting-due.ts) needs to judge a project's quarters, read in SQL for
// the calendar, the quarterly entry and the home page alike, so that all three judge from the same facts.

type Db = DataSource | EntityManager;

export interface ReportingProjectRow extends ReportingProject {
  id: number;
  code: string;
  title: string;
  labId: number;
  health: Health;
  dueDays: number;
}

/**
 * The projects matching `where` (over the alias `p`, with `params`), each with its gate decisions oldest first;
 * a decision's day is its UTC calendar day, as "today" is.
 */
export async function reportingProjects(db: Db, where: string, params: unknown[]): Promise<ReportingProjectRow[]> {
  return db.query(
    `SELECT p.id, p.code, p.title, p.phase, p.health, p.lab_id AS "labId", p.start_date AS "startDate", p.planned_end_date AS "plannedEndDate",
            l.reporting_due_days AS "dueDays",
            (SELECT count(*)::int FROM indicators i WHERE i.project_id = p.id) AS indicators,
            COALESCE((SELECT json_agg(json_build_object(
                        'fromPhase', d.from_phase, 'toPhase', d.to_phase, 'decision', d.decision,
                        'decidedOn', to_char(d.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) ORDER BY d.decided_at, d.id)
                        FROM phase_decisions d WHERE d.project_id = p.id), '[]'::json) AS decisions
       FROM projects p JOIN labs l ON l.id = p.lab_id
      WHERE ${where} ORDER BY p.code`,
    params,
  );
}

export const activityKey = (projectId: number, period: string) => `${projectId}/${period}`;

/**
 * What was handed in per project and quarter, for the projects matching `where` (alias `p`, with `params`)
 * and the quarters `from` through `to`; look a cell up with activityKey (absent: nothing yet).
 */
export async function quarterActivity(db: Db, where: string, params: unknown[], from: string, to: string): Promise<Map<string, QuarterActivity>> {
  const range = `BETWEEN $${params.length + 1} AND $${params.length + 2}`;
  const [counts, updates]: [{ projectId: number; period: string; status: MeasurementStatus; n: number }[], { projectId: number; period: string; submitted: boolean }[]] =
    await Promise.all([
      db.query(
        `SELECT i.project_id AS "projectId", m.period, m.status, count(*)::int AS n
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id
          WHERE (${where}) AND m.period ${range}
          GROUP BY i.project_id, m.period, m.status`, [...params, from, to]),
      db.query(
        `SELECT s.project_id AS "projectId", s.period, s.submitted_at IS NOT NULL AS submitted
           FROM status_updates s JOIN projects p ON p.id = s.project_id
          WHERE (${where}) AND s.period ${range}`, [...params, from, to]),
    ]);
  const activity = new Map<string, QuarterActivity>();
  const cell = (projectId: number, period: string) => {
    const k = activityKey(projectId, period);
    let a = activity.get(k);
    if (!a) activity.set(k, (a = { statusUpdate: 'missing', measurements: { ...NO_ACTIVITY.measurements } }));
    return a;
  };
  for (const c of counts) cell(c.projectId, c.period).measurements[c.status] = c.n;
  for (const u of updates) cell(u.projectId, u.period).statusUpdate = u.submitted ? 'submitted' : 'draft';
  return activity;
}
