import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addQuarters, compareQuarters, DomainError, inWords, isMeasurementEditable, measurementEditProblems, measurementValueProblems, isQuarter, missingMeasurements, quarterEnd, quarterOfDate, quarterStart,
  quarterRange, reportingDueDate, reportingState, targetInForce, todayIso, compareIsoDates,
  type Aggregation, type Calendar, type CalendarCell, type Direction, type IndicatorUnit, type Phase, type QuarterEntry,
  type MeasurementStatus, type QuarterIndicator, type QuarterMeasurement, type StatusUpdateState, type TargetChange,
} from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { memberProjectIds } from '../common/access';
import { throwFieldErrors } from '../common/field-errors';
import { MeasurementsService } from '../measurements/measurements.service';
import { writeNextVersion } from '../common/next-version';
import { StatusUpdateEntity } from '../status-updates/status-update.entity';
import { StatusUpdatesService } from '../status-updates/status-updates.service';
import type { QuarterEntryDto } from './dto/quarter-entry.dto';

/** The widest calendar one request may ask for: ten years. */
const MAX_CALENDAR_QUARTERS = 40;

const num = (v: string | null) => (v === null ? null : Number(v));

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field} ${message}.`, { errors: { [field]: message } });
}

export function parsePeriod(field: string, value: unknown): string {
  if (!isQuarter(value)) throw invalid(field, 'must be a quarter like 2016-Q3');
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

  async entry(projectId: number, period: string, manager: EntityManager = this.dataSource.manager): Promise<QuarterEntry> {
    const [project] = await manager.query(
      `SELECT p.id, p.code, p.title, l.reporting_due_days AS "dueDays"
         FROM projects p JOIN labs l ON l.id = p.lab_id WHERE p.id = $1`,
      [projectId],
    );
    if (!project) throw new DomainError('NOT_FOUND', `There is no project with id ${projectId}.`);
    const [indicators, revisions, measurements, [statusUpdate]] = await Promise.all([
      manager.query(
        `SELECT id, name, unit, direction, aggregation, baseline_value AS "baselineValue", target_value AS "targetValue", target_date AS "targetDate"
           FROM indicators WHERE project_id = $1 ORDER BY id`, [projectId]),
      manager.query(
        `SELECT r.id, r.indicator_id AS "indicatorId", r.old_value AS "oldValue", r.new_value AS "newValue", r.old_date AS "oldDate",
                r.new_date AS "newDate", r.effective_from AS "effectiveFrom"
           FROM target_revisions r JOIN indicators i ON i.id = r.indicator_id WHERE i.project_id = $1`, [projectId]),
      manager.query(
        `SELECT m.id, m.version, m.indicator_id AS "indicatorId", m.value, m.note, m.evidence_url AS "evidenceUrl", m.status,
                m.review_comment AS "reviewComment"
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.project_id = $1 AND m.period = $2`, [projectId, period]),
      manager.query(
        `SELECT id, version, health, narrative, submitted_at AS "submittedAt" FROM status_updates WHERE project_id = $1 AND period = $2`,
        [projectId, period]),
    ]);
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
        measurement, editable: measurement === null || isMeasurementEditable(measurement.status),
      };
    });
    const dueDate = reportingDueDate(period, project.dueDays);
    const complete = !!statusUpdate?.submittedAt && rows.every((r) => r.measurement && r.measurement.status !== 'draft');
    return {
      projectId: project.id, projectCode: project.code, projectTitle: project.title, period, dueDate,
      overdue: !complete && compareIsoDates(todayIso(), dueDate) > 0,
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
      // One entry per project at a time: two tabs saving the same quarter are taken one after the other.
      const [locked] = await manager.query('SELECT id FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
      if (!locked) throw new DomainError('NOT_FOUND', `There is no project with id ${projectId}.`);
      if (actor.role === 'project_member' && !(await memberProjectIds(manager, actor)).includes(projectId)) {
        throw new DomainError('FORBIDDEN', 'As a project member you may only report for projects on whose team you are.');
      }
      const current = await this.entry(projectId, period, manager);
      const indicators = new Map(current.indicators.map((i) => [i.id, i]));
      const items = dto.measurements ?? [];

      const errors: Record<string, string> = {};
      const seen = new Set<number>();
      items.forEach((item, n) => {
        const field = `measurements.${n}`;
        const indicator = indicators.get(item.indicatorId);
        if (!indicator) errors[`${field}.indicatorId`] = `is not an indicator of project ${current.projectCode}`;
        else if (seen.has(item.indicatorId)) errors[`${field}.indicatorId`] = 'appears twice: one value per indicator and quarter';
        seen.add(item.indicatorId);
        if (!indicator) return;
        const m = indicator.measurement;
        const problems = {
          ...measurementValueProblems(indicator.unit, item.value),
          ...(m && changed(m, item) ? measurementEditProblems(m.status, ['value']) : {}),
        };
        for (const [name, words] of Object.entries(inWords(problems))) errors[`${field}.${name}`] = words;
      });
      throwFieldErrors('quarterly report', errors);

      for (const item of items) {
        const m = indicators.get(item.indicatorId)!.measurement;
        const values = { value: item.value, note: item.note ?? null, evidenceUrl: item.evidenceUrl ?? null };
        if (!m) await this.measurements.create({ indicatorId: item.indicatorId, period, ...values }, actor, manager);
        else if (isMeasurementEditable(m.status) && changed(m, item)) await this.measurements.update(m.id, { ...values, version: m.version }, actor, manager);
      }
      if (dto.statusUpdate) {
        const su = current.statusUpdate;
        const values = { health: dto.statusUpdate.health, narrative: dto.statusUpdate.narrative };
        if (!su) await this.statusUpdates.create({ projectId, period, ...values }, actor, manager);
        else await this.statusUpdates.update(su.id, { ...values, version: su.version }, actor, manager);
      }

      if (dto.submit) await this.submit(projectId, period, actor, manager);
      return this.entry(projectId, period, manager);
    });
  }

  /** Hands in every draft or returned value of the quarter and the status update; refuses when the update is missing. */
  private async submit(projectId: number, period: string, actor: Actor, manager: EntityManager): Promise<void> {
    const entry = await this.entry(projectId, period, manager);
    if (!entry.statusUpdate) {
      throw invalid('statusUpdate', 'is required to submit the quarter: give the health and what happened this quarter');
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

  /**
   * Where the calendar ends unless asked otherwise: the quarter after the lab's latest report (the next one
   * due), never beyond the current quarter; the current quarter for a lab that has not reported yet. A lab
   * that reports every quarter thus sees the current quarter, an archived lab its last active stretch.
   */
  private async defaultLastQuarter(labId: number, today: string): Promise<string> {
    const current = quarterOfDate(today);
    const [{ latest }] = await this.dataSource.query(
      `SELECT max(period) AS latest FROM (
         SELECT max(m.period) AS period FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id WHERE p.lab_id = $1
         UNION ALL SELECT max(s.period) FROM status_updates s JOIN projects p ON p.id = s.project_id WHERE p.lab_id = $1) r`,
      [labId],
    );
    if (!latest) return current;
    const next = addQuarters(latest, 1);
    return compareQuarters(next, current) < 0 ? next : current;
  }

  /** The reporting calendar of a lab, counted in SQL per project and quarter. */
  async calendar(query: { lab?: unknown; from?: unknown; to?: unknown }): Promise<Calendar> {
    const today = todayIso();
    // Checked before the lab, so that every malformed parameter is a 400 whatever the lab.
    if (query.to !== undefined) parsePeriod('to', query.to);
    if (query.from !== undefined) parsePeriod('from', query.from);

    let labId: number;
    if (query.lab === undefined) {
      const [first] = await this.dataSource.query('SELECT min(id) AS id FROM labs');
      if (first?.id == null) throw new DomainError('NOT_FOUND', 'There is no lab yet.');
      labId = first.id;
    } else {
      if (typeof query.lab !== 'string' || !/^\d{1,10}$/.test(query.lab) || Number(query.lab) < 1 || Number(query.lab) > 2147483647) {
        throw invalid('lab', 'must be a lab id (a positive whole number)');
      }
      labId = Number(query.lab);
    }
    const [lab] = await this.dataSource.query('SELECT id, reporting_due_days AS "dueDays" FROM labs WHERE id = $1', [labId]);
    if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`);

    const to = query.to === undefined ? await this.defaultLastQuarter(labId, today) : (query.to as string);
    const from = query.from === undefined ? addQuarters(to, -7) : (query.from as string);
    if (compareQuarters(from, to) > 0) throw invalid('to', `comes before from (${from}): give a later quarter`);
    const quarters = quarterRange(from, to);
    if (quarters.length > MAX_CALENDAR_QUARTERS) throw invalid('from', `spans ${quarters.length} quarters: ask for at most ${MAX_CALENDAR_QUARTERS}`);

    const [projects, counts, updates] = await Promise.all([
      this.dataSource.query(
        `SELECT p.id, p.code, p.title, p.phase, p.start_date AS "startDate", p.planned_end_date AS "plannedEndDate",
                (SELECT count(*)::int FROM indicators i WHERE i.project_id = p.id) AS indicators
           FROM projects p WHERE p.lab_id = $1 ORDER BY p.code`, [labId]),
      this.dataSource.query(
        `SELECT i.project_id AS "projectId", m.period, m.status, count(*)::int AS n
           FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id
          WHERE p.lab_id = $1 AND m.period BETWEEN $2 AND $3
          GROUP BY i.project_id, m.period, m.status`, [labId, from, to]),
      this.dataSource.query(
        `SELECT s.project_id AS "projectId", s.period, s.submitted_at IS NOT NULL AS submitted
           FROM status_updates s JOIN projects p ON p.id = s.project_id
          WHERE p.lab_id = $1 AND s.period BETWEEN $2 AND $3`, [labId, from, to]),
    ]);
    const key = (projectId: number, period: string) => `${projectId}/${period}`;
    const countsBy = new Map<string, Record<MeasurementStatus, number>>();
    for (const c of counts as { projectId: number; period: string; status: MeasurementStatus; n: number }[]) {
      const k = key(c.projectId, c.period);
      const entry = countsBy.get(k) ?? { draft: 0, submitted: 0, returned: 0, approved: 0 };
      entry[c.status] = c.n;
      countsBy.set(k, entry);
    }
    const updatesBy = new Map<string, StatusUpdateState>(
      (updates as { projectId: number; period: string; submitted: boolean }[]).map((u) => [key(u.projectId, u.period), u.submitted ? 'submitted' : 'draft']),
    );

    return {
      labId, dueDays: lab.dueDays, today, quarters,
      projects: (projects as { id: number; code: string; title: string; phase: Phase; startDate: string | null; plannedEndDate: string | null; indicators: number }[]).map((p) => ({
        id: p.id, code: p.code, title: p.title, phase: p.phase,
        cells: quarters.map((period): CalendarCell => {
          const c = countsBy.get(key(p.id, period)) ?? { draft: 0, submitted: 0, returned: 0, approved: 0 };
          const statusUpdate = updatesBy.get(key(p.id, period)) ?? 'missing';
          const hasData = statusUpdate !== 'missing' || c.draft + c.submitted + c.returned + c.approved > 0;
          const started = p.startDate === null || compareIsoDates(p.startDate, quarterEnd(period)) <= 0;
          const running = p.plannedEndDate === null || compareIsoDates(quarterStart(period), p.plannedEndDate) <= 0;
          // A project reports while it runs, once it is an experiment with indicators; where it did report, it counts.
          const reports = hasData || (started && running && p.indicators > 0 && p.phase !== 'stopped' && p.phase !== 'scenario');
          const measurements = { expected: p.indicators, ...c };
          return {
            period, dueDate: reportingDueDate(period, lab.dueDays), statusUpdate,
            state: reportingState({ period, reports, statusUpdate, measurements, dueDays: lab.dueDays, today }),
            measurements: { ...measurements, missing: missingMeasurements(measurements) },
          };
        }),
      })),
    };
  }
}

function changed(m: QuarterMeasurement, item: { value: number; note?: string | null; evidenceUrl?: string | null }): boolean {
  return m.value !== item.value || (m.note ?? null) !== (item.note ?? null) || (m.evidenceUrl ?? null) !== (item.evidenceUrl ?? null);
}
