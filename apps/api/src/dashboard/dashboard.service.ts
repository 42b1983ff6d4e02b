import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { ChangeCache, dataChanges } from '../common/change-cache';
import { activityKey, quarterActivity, reportingProjects } from '../calendar/reporting-facts';
import {
  addDays, addQuarters, DASHBOARD_LIST_LIMIT, expectedProgress, indicatorProgress, isOnTrack, NO_ACTIVITY,
  overallFigure, quarterOfDate, reportingCell, todayIso,
  type Aggregation, type DashboardDecision, type DashboardDuty, type DashboardFigures, type DashboardIndicator, type DashboardMilestone,
  type DashboardProject, type Direction, type IndicatorUnit, type MemberHome, type Phase,
} from '@lab/domain';

const DUE_SOON_DAYS = 30;

type LabFigures = Omit<DashboardFigures, 'reviews' | 'mine'>;

/** How long figures are served without a recomputation behind them while the change counter stands still. */
const MAX_CACHE_AGE_MS = 5_000;

/**
 * The home page's aggregates, counted in SQL; only the indicator rule runs here, from libs/domain. The
 * lab-wide part is the same for everyone and costs a pass over every approved measurement, so it is kept
 * in memory until the data behind it changes (see ChangeCache), and so are the signed-in user's review
 * counts, per person.
 */
@Injectable()
export class DashboardService {
  private readonly labs = new ChangeCache<LabFigures>({ maxSize: 200, maxAgeMs: MAX_CACHE_AGE_MS });
  private readonly queues = new ChangeCache<DashboardFigures['reviews']>({ maxSize: 10_000, maxAgeMs: MAX_CACHE_AGE_MS });
  private readonly homes = new ChangeCache<MemberHome>({ maxSize: 10_000, maxAgeMs: MAX_CACHE_AGE_MS });

  constructor(private readonly dataSource: DataSource) {}

  async figures(labId: number | null, actor: Actor | null = null): Promise<DashboardFigures> {
    const changes = await dataChanges(this.dataSource);
    const today = todayIso();
    const member = actor?.role === 'project_member' ? actor.personId ?? -1 : null;
    const [figures, reviews, mine] = await Promise.all([
      this.labs.get(`${labId} ${changes} ${today}`, () => this.labFigures(labId, today)),
      this.queues.get(`${labId} ${actor?.personId ?? null} ${changes}`, () => this.reviews(labId, actor)),
      member === null ? undefined : this.homes.get(`${labId} ${member} ${changes} ${today}`, () => this.memberHome(labId, member, today)),
    ]);
    return mine ? { ...figures, reviews, mine } : { ...figures, reviews };
  }

  /**
   * A project member's home, scoped to the projects on whose team they are: those projects, where each one's
   * report of the last quarter that ended stands (as the reporting calendar reckons it), and their overdue
   * milestones.
   */
  private async memberHome(labId: number | null, personId: number, today: string): Promise<MemberHome> {
    const period = addQuarters(quarterOfDate(today), -1);
    const mineSql = `p.id IN (SELECT project_id FROM memberships WHERE person_id = $1) AND ($2::int IS NULL OR p.lab_id = $2)`;
    const [projects, activity, overdue, [counted]] = await Promise.all([
      reportingProjects(this.dataSource, mineSql, [personId, labId]),
      quarterActivity(this.dataSource, mineSql, [personId, labId], period, period),
      this.dataSource.query(
        `SELECT m.id, m.title, m.due_date AS "dueDate", m.status, m.project_id AS "projectId", p.code AS "projectCode"
           FROM milestones m JOIN projects p ON p.id = m.project_id
          WHERE ${mineSql} AND m.status IN ('planned', 'in_progress') AND m.due_date < $3::date
          ORDER BY m.due_date, m.id LIMIT ${DASHBOARD_LIST_LIMIT}`, [personId, labId, today],
      ) as Promise<DashboardMilestone[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS overdue FROM milestones m JOIN projects p ON p.id = m.project_id
          WHERE ${mineSql} AND m.status IN ('planned', 'in_progress') AND m.due_date < $3::date`, [personId, labId, today],
      ) as Promise<{ overdue: number }[]>,
    ]);

    const duties: DashboardDuty[] = [];
    for (const p of projects) {
      // The reporting calendar's cell, judged by the phase the project was in that quarter.
      const cell = reportingCell(p, period, activity.get(activityKey(p.id, period)) ?? NO_ACTIVITY, p.dueDays, today);
      const { state } = cell;
      if (state === 'none') continue;
      duties.push({
        projectId: p.id, projectCode: p.code, period, dueDate: cell.dueDate, state,
        missing: cell.measurements.missing, returned: cell.measurements.returned,
      });
    }
    return {
      projects: projects.map(({ id, code, title, phase, health }) => ({ id, code, title, phase, health })),
      period,
      duties,
      overdueMilestones: overdue,
      totals: { overdueMilestones: counted.overdue },
    };
  }

  private async reviews(labId: number | null, actor: Actor | null): Promise<DashboardFigures['reviews']> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE m.status = 'submitted')::int AS "toReview",
              count(*) FILTER (WHERE m.status = 'returned' AND p.id IN (SELECT project_id FROM memberships WHERE person_id = $1))::int AS "returnedToMe"
         FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id
        WHERE m.status IN ('submitted', 'returned') AND ($2::int IS NULL OR p.lab_id = $2)`,
      [actor?.personId ?? -1, labId],
    );
    return row;
  }

  private async labFigures(labId: number | null, today: string): Promise<LabFigures> {
    const lab = labId === null ? 'TRUE' : 'p.lab_id = $1';
    const params = labId === null ? [] : [labId];
    const q = <T>(sql: string, extra: unknown[] = []) => this.dataSource.query(sql, [...params, ...extra]) as Promise<T[]>;
    const n = params.length;

    // Open milestones: counted in SQL, and only the first DASHBOARD_LIST_LIMIT of each list read, however many there are.
    const open = (due: string) =>
      `SELECT m.id, m.title, m.due_date AS "dueDate", m.status, m.project_id AS "projectId", p.code AS "projectCode"
         FROM milestones m JOIN projects p ON p.id = m.project_id
        WHERE ${lab} AND m.status IN ('planned', 'in_progress') AND ${due}
        ORDER BY m.due_date, m.id LIMIT ${DASHBOARD_LIST_LIMIT}`;
    const days = [today, addDays(today, DUE_SOON_DAYS)];
    const [pipeline, overdue, dueSoon, [counted], indicators, decisions, gatesDue] = await Promise.all([
      q<DashboardFigures['pipeline'][number]>(`SELECT p.id, p.code, p.title, p.phase, p.health FROM projects p WHERE ${lab} ORDER BY p.code`),
      q<DashboardMilestone>(open(`m.due_date < $${n + 1}::date`), [today]),
      q<DashboardMilestone>(open(`m.due_date >= $${n + 1}::date AND m.due_date <= $${n + 2}::date`), days),
      q<{ overdue: number; dueSoon: number }>(
        `SELECT count(*) FILTER (WHERE m.due_date < $${n + 1}::date)::int AS overdue,
                count(*) FILTER (WHERE m.due_date >= $${n + 1}::date)::int AS "dueSoon"
           FROM milestones m JOIN projects p ON p.id = m.project_id
          WHERE ${lab} AND m.status IN ('planned', 'in_progress') AND m.due_date <= $${n + 2}::date`,
        days,
      ),
      q<{ id: number; name: string; projectId: number; projectCode: string; unit: IndicatorUnit; direction: Direction; aggregation: Aggregation;
          baseline: string | null; target: string | null; baselineDate: string | null; targetDate: string | null; values: string[] }>(
        `SELECT i.id, i.name, i.project_id AS "projectId", p.code AS "projectCode", i.unit, i.direction, i.aggregation,
                i.baseline_value AS baseline, i.target_value AS target, i.baseline_date AS "baselineDate", i.target_date AS "targetDate",
                array_agg(m.value ORDER BY m.period) AS values
           FROM indicators i JOIN projects p ON p.id = i.project_id
           JOIN measurements m ON m.indicator_id = i.id AND m.status = 'approved'
          WHERE ${lab} AND p.phase IN ('experiment', 'rollout') AND i.target_value IS NOT NULL
          GROUP BY i.id, p.code`,
      ),
      q<Omit<DashboardDecision, 'decidedAt'> & { decidedAt: Date }>(
        `SELECT d.id, d.project_id AS "projectId", p.code AS "projectCode", d.from_phase AS "fromPhase", d.to_phase AS "toPhase",
                d.decision, d.decided_at AS "decidedAt"
           FROM phase_decisions d JOIN projects p ON p.id = d.project_id
          WHERE ${lab} ORDER BY d.decided_at DESC, d.id DESC LIMIT 8`,
      ),
      // Ready for a gate: the milestones of the project's phase are there and none is still open.
      q<DashboardProject>(
        `SELECT p.id, p.code, p.title, p.phase, p.health FROM projects p
          WHERE ${lab} AND p.phase IN ('scenario', 'experiment')
            AND EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = p.id AND m.phase = p.phase)
            AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = p.id AND m.phase = p.phase AND m.status IN ('planned', 'in_progress'))
          ORDER BY p.code LIMIT ${DASHBOARD_LIST_LIMIT}`,
      ),
    ]);

    const byPhase = { scenario: 0, experiment: 0, rollout: 0, stopped: 0 };
    const byHealth = { on_track: 0, at_risk: 0, off_track: 0 };
    for (const p of pipeline) {
      byPhase[p.phase]++;
      // A stopped project keeps the health it last had, but there is nothing left to steer on.
      if (p.phase !== 'stopped') byHealth[p.health]++;
    }

    const indicatorsBehind: DashboardIndicator[] = [];
    for (const i of indicators) {
      const figure = overallFigure(i.aggregation, i.values.map(Number));
      const progress = indicatorProgress({ baseline: num(i.baseline), target: num(i.target), direction: i.direction }, figure);
      if (progress === null || !i.baselineDate || !i.targetDate) continue;
      const expected = expectedProgress(i.baselineDate, i.targetDate, today);
      if (!isOnTrack(progress, expected)) {
        indicatorsBehind.push({ id: i.id, name: i.name, projectId: i.projectId, projectCode: i.projectCode, unit: i.unit, progress, expected });
      }
    }
    indicatorsBehind.sort((a, b) => a.progress - a.expected - (b.progress - b.expected));

    const shown = new Map<Phase, number>();
    return {
      today,
      projects: { total: pipeline.length, byPhase, byHealth },
      pipeline: pipeline.filter((p) => {
        shown.set(p.phase, (shown.get(p.phase) ?? 0) + 1);
        return shown.get(p.phase)! <= DASHBOARD_LIST_LIMIT;
      }),
      overdueMilestones: overdue,
      dueSoonMilestones: dueSoon,
      indicatorsBehind: indicatorsBehind.slice(0, DASHBOARD_LIST_LIMIT),
      totals: { overdueMilestones: counted.overdue, dueSoonMilestones: counted.dueSoon, indicatorsBehind: indicatorsBehind.length },
      latestDecisions: decisions.map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString() })),
      gatesDue,
    };
  }
}

const num = (v: string | null) => (v === null ? null : Number(v));
