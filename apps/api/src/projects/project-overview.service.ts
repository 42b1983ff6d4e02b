import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ACCESS, DomainError, expectedProgress, firstLines, gateChecklist, indicatorProgress, isMilestoneOverdue, isOnTrack, nextPhase, OVERVIEW_INDICATOR_LIMIT,
  OVERVIEW_LIST_LIMIT, OVERVIEW_NARRATIVE_CHARS, overallFigure, quarterOfDate, targetInForce, targetWasMet, todayIso,
  type Aggregation, type Direction, type GateDecision, type Health, type IndicatorKind, type IndicatorUnit, type MilestoneStatus,
  type OverviewIndicator, type OverviewMilestone, type OverviewReviewItem, type Phase, type ProjectOverview, type TargetChange,
} from '@lab/domain';
import type { Actor } from '../common/actor';
import { assertCanRead, memberProjectIds } from '../common/access';
import { ProjectsService } from './projects.service';

const num = (v: string | null) => (v === null ? null : Number(v));

/**
 * A project at a glance, in one answer built from the rules of libs/domain: phase and health with the latest
 * status update, overdue and next milestones, each indicator against the target in force, the open review
 * items and the next gate's criteria as the gate itself would judge them. Every list is bounded.
 */
@Injectable()
export class ProjectOverviewService {
  constructor(private readonly dataSource: DataSource, private readonly projects: ProjectsService) {}

  async overview(id: number, actor: Actor | null): Promise<ProjectOverview> {
    assertCanRead(actor, ACCESS.projects, 'project');
    const q = <T>(sql: string, params: unknown[] = [id]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const [project] = await q<ProjectOverview['project']>(
      `SELECT id, code, title, phase, health, previous_phase AS "previousPhase" FROM projects WHERE id = $1`,
    );
    if (!project) throw new DomainError('NOT_FOUND', `There is no project with id ${id}.`);
    const today = todayIso();
    const period = quarterOfDate(today);
    const open = `m.project_id = $1 AND m.status IN ('planned', 'in_progress')`;
    const milestoneColumns = `m.id, m.title, m.phase, m.due_date AS "dueDate", m.status`;

    const [[update], overdue, next, [counts], indicators, revisions, approved, reviews, [reviewCounts], facts, decisions, mine, criteria] = await Promise.all([
      q<{ id: number; period: string; health: Health; narrative: string; submittedAt: Date | null }>(
        `SELECT id, period, health, narrative, submitted_at AS "submittedAt" FROM status_updates WHERE project_id = $1 ORDER BY period DESC LIMIT 1`,
      ),
      q<Omit<OverviewMilestone, 'overdue'>>(
        `SELECT ${milestoneColumns} FROM milestones m WHERE ${open} AND m.due_date < $2::date ORDER BY m.due_date, m.id LIMIT ${OVERVIEW_LIST_LIMIT}`,
        [id, today],
      ),
      q<Omit<OverviewMilestone, 'overdue'>>(
        `SELECT ${milestoneColumns} FROM milestones m WHERE ${open} AND m.due_date >= $2::date ORDER BY m.due_date, m.id LIMIT ${OVERVIEW_LIST_LIMIT}`,
        [id, today],
      ),
      q<ProjectOverview['milestones']['totals']>(
        `SELECT count(*) FILTER (WHERE m.status IN ('planned', 'in_progress'))::int AS open,
                count(*) FILTER (WHERE m.status IN ('planned', 'in_progress') AND m.due_date < $2::date)::int AS overdue,
                count(*) FILTER (WHERE m.status = 'done')::int AS done, count(*)::int AS total
           FROM milestones m WHERE m.project_id = $1`,
        [id, today],
      ),
      q<{ id: number; name: string; kind: IndicatorKind; unit: IndicatorUnit; direction: Direction; aggregation: Aggregation;
          baseline: string | null; baselineDate: string | null; target: string | null; targetDate: string | null }>(
        `SELECT id, name, kind, unit, direction, aggregation, baseline_value AS baseline, baseline_date AS "baselineDate",
                target_value AS target, target_date AS "targetDate"
           FROM indicators WHERE project_id = $1 ORDER BY id LIMIT ${OVERVIEW_INDICATOR_LIMIT}`,
      ),
      q<Omit<TargetChange, 'oldValue' | 'newValue'> & { indicatorId: number; oldValue: string | null; newValue: string }>(
        `SELECT r.id, r.indicator_id AS "indicatorId", r.old_value AS "oldValue", r.new_value AS "newValue", r.old_date AS "oldDate",
                r.new_date AS "newDate", r.effective_from AS "effectiveFrom"
           FROM target_revisions r JOIN indicators i ON i.id = r.indicator_id WHERE i.project_id = $1`,
      ),
      q<{ indicatorId: number; values: string[] }>(
        `SELECT m.indicator_id AS "indicatorId", array_agg(m.value ORDER BY m.period) AS values
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id
          WHERE i.project_id = $1 AND m.status = 'approved' GROUP BY m.indicator_id`,
      ),
      q<Omit<OverviewReviewItem, 'since' | 'value'> & { value: string; since: Date | null; n: number }>(
        `SELECT * FROM (
           SELECT m.id, m.indicator_id AS "indicatorId", i.name AS "indicatorName", m.period, m.value, i.unit, m.status,
                  CASE WHEN m.status = 'submitted' THEN m.submitted_at ELSE m.reviewed_at END AS since, m.review_comment AS "reviewComment",
                  row_number() OVER (PARTITION BY m.status ORDER BY m.period, m.id) AS n
             FROM measurements m JOIN indicators i ON i.id = m.indicator_id
            WHERE i.project_id = $1 AND m.status IN ('submitted', 'returned')) r
          WHERE r.n <= ${OVERVIEW_LIST_LIMIT} ORDER BY r.status DESC, r.period, r.id`,
      ),
      q<{ submitted: number; returned: number }>(
        `SELECT count(*) FILTER (WHERE m.status = 'submitted')::int AS submitted, count(*) FILTER (WHERE m.status = 'returned')::int AS returned
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1 AND m.status IN ('submitted', 'returned')`,
      ),
      this.projects.gateFacts(this.dataSource.manager, id),
      q<{ decision: GateDecision; fromPhase: Phase; toPhase: Phase; decidedAt: Date; n: number }>(
        `SELECT decision, from_phase AS "fromPhase", to_phase AS "toPhase", decided_at AS "decidedAt", count(*) OVER ()::int AS n
           FROM phase_decisions WHERE project_id = $1 ORDER BY decided_at DESC, id DESC LIMIT 1`,
      ),
      actor?.role === 'project_member' ? memberProjectIds(this.dataSource.manager, actor) : Promise.resolve(null),
      project.phase === 'experiment' ? this.projects.gateCriteria(this.dataSource.manager, id) : Promise.resolve([]),
    ]);

    const milestone = (m: Omit<OverviewMilestone, 'overdue'>): OverviewMilestone => ({
      ...m, overdue: isMilestoneOverdue({ dueDate: m.dueDate, status: m.status as MilestoneStatus }, today),
    });
    const to = nextPhase(project.phase);
    const latest = decisions[0] ?? null;
    const narrative = update ? firstLines(update.narrative, OVERVIEW_NARRATIVE_CHARS) : null;
    return {
      today,
      period,
      project,
      // The focus team and administrators change every project; a project member their own.
      mayChange: mine === null || mine.includes(id),
      lastStatusUpdate: update ? {
        id: update.id, period: update.period, health: update.health, narrative: narrative!.text, narrativeCut: narrative!.cut,
        submittedAt: update.submittedAt?.toISOString() ?? null,
      } : null,
      milestones: { overdue: overdue.map(milestone), next: next.map(milestone), totals: counts },
      indicators: indicators.map((i): OverviewIndicator => {
        const changes: TargetChange[] = revisions
          .filter((r) => r.indicatorId === i.id)
          .map((r) => ({ id: r.id, oldValue: num(r.oldValue), newValue: Number(r.newValue), oldDate: r.oldDate, newDate: r.newDate, effectiveFrom: r.effectiveFrom }));
        const force = targetInForce({ targetValue: num(i.target), targetDate: i.targetDate }, changes, period);
        const values = (approved.find((a) => a.indicatorId === i.id)?.values ?? []).map(Number);
        const figure = overallFigure(i.aggregation, values);
        const baseline = num(i.baseline);
        const progress = indicatorProgress({ baseline, target: force.value, direction: i.direction }, figure);
        const expected = i.baselineDate && force.date ? expectedProgress(i.baselineDate, force.date, today) : null;
        return {
          id: i.id, name: i.name, kind: i.kind, unit: i.unit, direction: i.direction, baseline,
          target: force.value, targetDate: force.date, targetRevised: force.revisionId !== null,
          figure, approved: values.length, progress, expected,
          onTrack: progress !== null && expected !== null ? isOnTrack(progress, expected) : null,
          targetMet: targetWasMet(i.direction, force.value, figure),
        };
      }),
      reviews: {
        submitted: reviews.filter((r) => r.status === 'submitted').map(reviewItem),
        returned: reviews.filter((r) => r.status === 'returned').map(reviewItem),
        totals: reviewCounts,
      },
      gate: {
        to,
        checks: to ? gateChecklist(project.phase, to, { ...facts, unmetSuccessCriteria: criteria.filter((c) => !c.judgement.met).length }, null, criteria) : [],
        decisions: latest?.n ?? 0,
        latest: latest && { decision: latest.decision, fromPhase: latest.fromPhase, toPhase: latest.toPhase, decidedAt: latest.decidedAt.toISOString() },
      },
    };
  }
}

function reviewItem({ n: _n, since, value, ...r }: Omit<OverviewReviewItem, 'since' | 'value'> & { value: string; since: Date | null; n: number }): OverviewReviewItem {
  return { ...r, value: Number(value), since: since?.toISOString() ?? null };
}
