import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError, firstOpenQuarter, inWords, isMeasurementEditable, isQuarter, measurementEditProblems, measurementValueProblems, NO_ACTIVITY,
  partsProblems, phaseInQuarter, quarterOutside, quarterWindow, reportingCell, reportingRun, statusUpdateEditProblems, statusUpdateStatus,
  targetInForce, todayIso, windowWords,
  type Aggregation, type Direction, type IndicatorUnit, type ProjectQuarters, type QuarterActivity, type QuarterEntry, type QuarterIndicator,
  type Parts, type QuarterMeasurement, type TargetChange,
} from '@lab/domain';
import { activityKey, quarterActivity, reportingProjects, type ReportingProjectRow } from '../calendar/reporting-facts';
import { AuditService } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { memberProjectIds } from '../common/access';
import { throwFieldErrors } from '../common/field-errors';
import { indicatorDimensions, MeasurementsService } from '../measurements/measurements.service';
import { writeNextVersion } from '../common/next-version';
import { StatusUpdateEntity } from '../status-updates/status-update.entity';
import { changedContent, lockedStatusUpdate, StatusUpdatesService } from '../status-updates/status-updates.service';
import type { QuarterEntryDto } from './dto/quarter-entry.dto';

const num = (v: string | null) => (v === null ? null : Number(v));

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field} ${message}.`, { errors: { [field]: message } });
}

/** Why a quarter cannot be submitted without its status update (the entry's words, the import's too). */
export const STATUS_UPDATE_REQUIRED = 'is required to submit the quarter: give the health and what happened this quarter';

export function parsePeriod(field: string, value: unknown, today = todayIso()): string {
  if (!isQuarter(value)) throw invalid(field, 'must be a quarter like 2016-Q3');
  if (quarterOutside(value, quarterWindow(today))) throw invalid(field, windowWords('quarter', quarterWindow(today)));
  return value;
}

@Injectable()
export class QuartersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly measurements: MeasurementsService,
    private readonly statusUpdates: StatusUpdatesService,
  ) {}

  private async project(projectId: number, manager: EntityManager): Promise<ReportingProjectRow> {
    const [project] = await reportingProjects(manager, 'p.id = $1', [projectId]);
    if (!project) throw new DomainError('NOT_FOUND', `There is no project with id ${projectId}.`);
    return project;
  }

  /**
   * Every quarter of the project's run as the reporting calendar judges it (by the phase the project was in
   * then), and the first one still waiting for the team: where the quarterly entry opens.
   */
  async quarters(projectId: number, manager: EntityManager = this.dataSource.manager): Promise<ProjectQuarters> {
    const today = todayIso();
    const project = await this.project(projectId, manager);
    const [{ first, last }] = await manager.query(
      `SELECT min(period) AS first, max(period) AS last FROM (
         SELECT m.period FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1
         UNION ALL SELECT s.period FROM status_updates s WHERE s.project_id = $1) r`,
      [projectId],
    );
    const run = reportingRun(project, today, [first, last].filter((q): q is string => !!q));
    const activity = await quarterActivity(manager, 'p.id = $1', [projectId], run[0], run.at(-1)!);
    const quarters = run.map((period) => ({
      ...reportingCell(project, period, activity.get(activityKey(projectId, period)) ?? NO_ACTIVITY, project.dueDays, today),
      phase: phaseInQuarter(project, period),
    }));
    return { projectId, projectCode: project.code, dueDays: project.dueDays, today, quarters, firstOpen: firstOpenQuarter(quarters)! };
  }

  async entry(projectId: number, period: string, manager: EntityManager = this.dataSource.manager): Promise<QuarterEntry> {
    const project = await this.project(projectId, manager);
    const [indicators, revisions, measurements, [statusUpdate]] = await Promise.all([
      manager.query(
        `SELECT id, name, unit, direction, aggregation, baseline_value AS "baselineValue", target_value AS "targetValue", target_date AS "targetDate",
                dimension_ids AS "dimensionIds"
           FROM indicators WHERE project_id = $1 ORDER BY id`, [projectId]),
      manager.query(
        `SELECT r.id, r.indicator_id AS "indicatorId", r.old_value AS "oldValue", r.new_value AS "newValue", r.old_date AS "oldDate",
                r.new_date AS "newDate", r.effective_from AS "effectiveFrom"
           FROM target_revisions r JOIN indicators i ON i.id = r.indicator_id WHERE i.project_id = $1`, [projectId]),
      manager.query(
        `SELECT m.id, m.version, m.indicator_id AS "indicatorId", m.value, m.note, m.evidence_url AS "evidenceUrl", m.status,
                m.review_comment AS "reviewComment", m.people_measured AS "peopleMeasured", m.parts
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1 AND m.period = $2`, [projectId, period]),
      manager.query(
        `SELECT id, version, health, narrative, submitted_at AS "submittedAt" FROM status_updates WHERE project_id = $1 AND period = $2`,
        [projectId, period]),
    ]);
    const dimensions = new Map((await indicatorDimensions(manager, [...new Set<number>(indicators.flatMap((i: { dimensionIds: number[] }) => i.dimensionIds))]))
      .map((d) => [d.id, d]));
    const byIndicator = new Map<number, QuarterMeasurement>(
      measurements.map((m: QuarterMeasurement & { indicatorId: number; value: string }) => {
        const { indicatorId, ...rest } = m;
        return [indicatorId, { ...rest, value: Number(m.value) }];
      }),
    );
    const rows: QuarterIndicator[] = indicators.map((i: Record<string, string | number | null>) => {
      const changes: TargetChange[] = revisions
        .filter((r: { indicatorId: number }) => r.indicatorId === i.id)
        .map((r: Record<string, string | number | null>) => ({ ...r, oldValue: num(r.oldValue as string | null), newValue: Number(r.newValue) }));
      const target = targetInForce({ targetValue: num(i.targetValue as string | null), targetDate: i.targetDate as string | null }, changes, period);
      const measurement = byIndicator.get(i.id as number) ?? null;
      return {
        id: i.id as number, name: i.name as string, unit: i.unit as IndicatorUnit, direction: i.direction as Direction, aggregation: i.aggregation as Aggregation,
        baselineValue: num(i.baselineValue as string | null), targetValue: target.value,
        measurement, dimensions: (i.dimensionIds as unknown as number[]).flatMap((id) => dimensions.get(id) ?? []), editable: measurement === null || isMeasurementEditable(measurement.status),
      };
    });
    // The calendar's cell for this project and quarter, from the same facts: both say the same word.
    const activity: QuarterActivity = { statusUpdate: statusUpdate ? statusUpdateStatus(statusUpdate) : 'missing', measurements: { ...NO_ACTIVITY.measurements } };
    for (const m of byIndicator.values()) activity.measurements[m.status]++;
    const cell = reportingCell(project, period, activity, project.dueDays, todayIso());
    return {
      projectId: project.id, projectCode: project.code, projectTitle: project.title, period, dueDate: cell.dueDate,
      state: cell.state, phase: phaseInQuarter(project, period), overdue: cell.state === 'overdue',
      statusUpdate: statusUpdate ? { ...statusUpdate, submittedAt: statusUpdate.submittedAt?.toISOString() ?? null } : null,
      indicators: rows,
    };
  }

  /**
   * Saves a quarter's values and status update in one transaction, and with `submit` hands them in for
   * review. Every problem is reported at once, under the field it concerns (`measurements.2.value`), and
   * then nothing is saved.
   */
  async save(projectId: number, period: string, dto: QuarterEntryDto, actor: Actor): Promise<QuarterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForEntry(projectId, period, actor, manager);
      const { errors, locks } = this.check(current, dto);
      throwFieldErrors('quarterly report', Object.keys(errors).length ? { ...errors, ...locks } : {});
      if (Object.keys(locks).length) {
        const first = Object.keys(locks)[0];
        throw first.startsWith('statusUpdate.')
          ? lockedStatusUpdate(locks)
          : new DomainError('CONFLICT', `This measurement ${Object.values(locks)[0]}.`, { errors: locks });
      }
      await this.write(projectId, period, current, dto, actor, manager);
      return this.entry(projectId, period, manager);
    });
  }

  /**
   * Takes the project for one entry at a time (two tabs saving the same quarter are taken one after the other),
   * checks that the actor may report for it, and reads the quarter as it stands. Within a transaction.
   */
  async lockForEntry(projectId: number, period: string, actor: Actor, manager: EntityManager): Promise<QuarterEntry> {
    const [locked] = await manager.query('SELECT id FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
    if (!locked) throw new DomainError('NOT_FOUND', `There is no project with id ${projectId}.`);
    await this.assertMayReport(projectId, actor, manager);
    return this.entry(projectId, period, manager);
  }

  /** Who may report a quarter: the focus team, administrators, and the project's own team. */
  async assertMayReport(projectId: number, actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (actor.role === 'project_member' && !(await memberProjectIds(manager, actor)).includes(projectId)) {
      throw new DomainError('FORBIDDEN', 'As a project member you may only report for projects on whose team you are.');
    }
  }

  /**
   * The quarterly entry's rules for what is sent against what is stored: every problem under the field it
   * concerns (`measurements.2.value`). `locks` are changes to what is submitted or approved: refused with 409
   * like a PUT of the record itself, unless something else is wrong too (then every problem is named at once,
   * with 400). The spreadsheet import asks the same, row by row.
   */
  check(current: QuarterEntry, dto: QuarterEntryDto): { errors: Record<string, string>; locks: Record<string, string> } {
    const indicators = new Map(current.indicators.map((i) => [i.id, i]));
    const items = dto.measurements ?? [];
    const errors: Record<string, string> = {};
    const locks: Record<string, string> = {};
    const seen = new Set<number>();
    items.forEach((item, n) => {
      const field = `measurements.${n}`;
      const indicator = indicators.get(item.indicatorId);
      if (!indicator) errors[`${field}.indicatorId`] = `is not an indicator of project ${current.projectCode}`;
      else if (seen.has(item.indicatorId)) errors[`${field}.indicatorId`] = 'appears twice: one value per indicator and quarter';
      seen.add(item.indicatorId);
      if (!indicator) return;
      const m = indicator.measurement;
      for (const [name, words] of Object.entries(inWords(measurementValueProblems(indicator.unit, item.value)))) errors[`${field}.${name}`] = words;
      const parts = partsProblems({ parts: item.parts, dimensions: indicator.dimensions, value: item.value, unit: indicator.unit, aggregation: indicator.aggregation });
      for (const [name, words] of Object.entries(parts)) errors[`${field}.${name}`] = words;
      const locked = m && changed(m, item) ? inWords(measurementEditProblems(m.status, lockedFields(m, item))) : {};
      for (const [name, words] of Object.entries(locked)) locks[`${field}.${name}`] = words;
    });
    const su = current.statusUpdate;
    if (dto.statusUpdate && su) {
      const locked = inWords(statusUpdateEditProblems(statusUpdateStatus(su), changedContent(su, dto.statusUpdate as unknown as Record<string, unknown>)));
      for (const [name, words] of Object.entries(locked)) locks[`statusUpdate.${name}`] = words;
    }
    return { errors, locks };
  }

  /** Writes what `check` found nothing wrong with: new and changed values, the status update, and with `submit` hands them in. */
  async write(projectId: number, period: string, current: QuarterEntry, dto: QuarterEntryDto, actor: Actor, manager: EntityManager): Promise<void> {
    const indicators = new Map(current.indicators.map((i) => [i.id, i]));
    for (const item of dto.measurements ?? []) {
      const m = indicators.get(item.indicatorId)!.measurement;
      const values = {
        value: item.value, note: item.note ?? null, evidenceUrl: item.evidenceUrl ?? null, peopleMeasured: item.peopleMeasured ?? null, parts: item.parts ?? null,
      };
      if (!m) await this.measurements.create({ indicatorId: item.indicatorId, period, ...values }, actor, manager);
      else if (isMeasurementEditable(m.status) && changed(m, item)) await this.measurements.update(m.id, { ...values, version: m.version }, actor, manager);
    }
    const su = current.statusUpdate;
    if (dto.statusUpdate) {
      const values = { health: dto.statusUpdate.health, narrative: dto.statusUpdate.narrative };
      if (!su) await this.statusUpdates.create({ projectId, period, ...values }, actor, manager);
      // Resending a submitted update as it is, is fine; it is not written again.
      else if (changedContent(su, values).length) await this.statusUpdates.update(su.id, { ...values, version: su.version }, actor, manager);
    }
    if (dto.submit) await this.submit(projectId, period, actor, manager);
  }

  /** Hands in every draft or returned value of the quarter and the status update; refuses when the update is missing. */
  private async submit(projectId: number, period: string, actor: Actor, manager: EntityManager): Promise<void> {
    const entry = await this.entry(projectId, period, manager);
    if (!entry.statusUpdate) {
      throw invalid('statusUpdate', STATUS_UPDATE_REQUIRED);
    }
    for (const i of entry.indicators) {
      if (i.measurement && isMeasurementEditable(i.measurement.status)) {
        await this.measurements.review(i.measurement.id, 'submit', {}, actor, manager);
      }
    }
    if (!entry.statusUpdate.submittedAt) {
      const submittedAt = new Date();
      // The project is locked for the save: no version to check.
      await writeNextVersion(manager, this.audit, { entity: StatusUpdateEntity, id: entry.statusUpdate.id, set: { submittedAt } }, () => ({
        userId: actor.userId, resource: 'status-updates', recordId: entry.statusUpdate!.id, action: 'submit',
        changes: { submittedAt: { before: null, after: submittedAt.toISOString() } },
      }));
    }
  }
}

type SentMeasurement = { value: number; note?: string | null; evidenceUrl?: string | null; peopleMeasured?: number | null; parts?: Parts | null };

/** The fields of a measurement the item would change. Parts compare as figures, whatever order their keys came in. */
export function changedFields(m: QuarterMeasurement, item: SentMeasurement): string[] {
  const changed: string[] = (['value', 'note', 'evidenceUrl', 'peopleMeasured'] as const).filter((f) => (m[f] ?? null) !== (item[f] ?? null));
  if (!sameParts(m.parts, item.parts ?? null)) changed.push('parts');
  return changed;
}

function sameParts(a: Parts | null, b: Parts | null): boolean {
  const cells = (p: Parts | null) => Object.entries(p ?? {}).flatMap(([k, c]) => Object.entries(c).map(([code, v]) => `${k}.${code}=${v}`)).sort().join();
  return cells(a) === cells(b);
}

/** What a refusal of a change to a locked value names: its figures that changed, else the value. */
function lockedFields(m: QuarterMeasurement, item: SentMeasurement): string[] {
  const figures = changedFields(m, item).filter((f) => ['value', 'peopleMeasured', 'parts'].includes(f));
  return figures.length ? figures : ['value'];
}

function changed(m: QuarterMeasurement, item: SentMeasurement): boolean {
  return changedFields(m, item).length > 0;
}
