import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addQuarters, type Calendar, type CalendarCell, clampQuarter, compareQuarters, DomainError, NO_ACTIVITY, quarterOfDate, reportingCell, todayIso,
} from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';
import { calendarQuarters, parseCalendarQuery } from './calendar-query';
import { activityKey, quarterActivity, reportingProjects } from './reporting-facts';

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

    const inLab = 'p.lab_id = $1';
    const [projects, activity] = await Promise.all([
      reportingProjects(this.dataSource, inLab, [labId]),
      quarterActivity(this.dataSource, inLab, [labId], from, to),
    ]);
    return {
      labId, dueDays: lab.dueDays, today, window, quarters,
      projects: projects.map((p) => ({
        id: p.id, code: p.code, title: p.title, phase: p.phase,
        // Each cell judged by the phase the project was in that quarter: libs/domain reporting-due.ts.
        cells: quarters.map((period): CalendarCell =>
          reportingCell(p, period, activity.get(activityKey(p.id, period)) ?? NO_ACTIVITY, lab.dueDays, today)),
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
