import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addQuarters, type Calendar, type CalendarCell, clampQuarter, compareIsoDates, compareQuarters, DomainError, type MeasurementStatus,
  missingMeasurements, type Phase, quarterEnd, quarterOfDate, quarterStart, reportingDueDate, reportingState,
  type StatusUpdateState, todayIso,
} from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';
import { calendarQuarters, parseCalendarQuery } from './calendar-query';

interface ProjectRow { id: number; code: string; title: string; phase: Phase; startDate: string | null; plannedEndDate: string | null; indicators: number }
interface CountRow { projectId: number; period: string; status: MeasurementStatus; n: number }
interface UpdateRow { projectId: number; period: string; submitted: boolean }

/** The reporting calendar: per project and quarter, what is due, submitted, approved, returned or overdue. */
@Injectable()
export class CalendarService {
  constructor(private readonly dataSource: DataSource) {}

  /** The reporting calendar of a lab, counted in SQL per project and quarter. */
  async calendar(query: { lab?: unknown; from?: unknown; to?: unknown }): Promise<Calendar> {
    const today = todayIso();
    const asked = parseCalendarQuery(query, today);
    let labId = asked.lab;
    if (labId === null) {
      const [first] = await this.dataSource.query('SELECT min(id) AS id FROM labs');
      if (first?.id == null) throw new DomainError('NOT_FOUND', 'There is no lab yet.');
      labId = first.id as number;
    }
    const [lab] = await this.dataSource.query('SELECT id, reporting_due_days AS "dueDays" FROM labs WHERE id = $1', [labId]);
    if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`);
    const window = await labWindow(this.dataSource, labId, today);
    throwFieldErrors('calendar request', labWindowErrors(labId, window, { from: asked.from, to: asked.to }));

    // Defaults are brought into the lab's window; what the client sent is refused outside it (above).
    const to = asked.to ?? clampQuarter(await this.defaultLastQuarter(labId, today), window);
    const from = asked.from ?? clampQuarter(addQuarters(to, -7), window);
    const quarters = calendarQuarters(from, to);

    const [projects, counts, updates]: [ProjectRow[], CountRow[], UpdateRow[]] = await Promise.all([
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
    for (const c of counts) {
      const k = key(c.projectId, c.period);
      const entry = countsBy.get(k) ?? { draft: 0, submitted: 0, returned: 0, approved: 0 };
      entry[c.status] = c.n;
      countsBy.set(k, entry);
    }
    const updatesBy = new Map<string, StatusUpdateState>(updates.map((u) => [key(u.projectId, u.period), u.submitted ? 'submitted' : 'draft']));

    return {
      labId, dueDays: lab.dueDays, today, window, quarters,
      projects: projects.map((p) => ({
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
}
