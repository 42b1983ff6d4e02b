import {
  digestText, freezeDueDate, freezeReminderText, lateSummaryText, outstandingLine, overdueQuarters, pendingWords, quartersToFreezeRemind, quartersToRemind, reminderAfterText, reminderBeforeText, valuesSubmittedText,
} from './notifications';

describe('quartersToRemind: the quarters whose due date falls today or within the reminder days', () => {
  it.each<[today: string, dueDays: number, reminderDays: number, quarters: string[]]>([
    // 2026-Q3 ends 30 September; due 30 October with 30 due days.
    ['2026-10-22', 30, 7, []],
    ['2026-10-23', 30, 7, ['2026-Q3']],
    ['2026-10-30', 30, 7, ['2026-Q3']],
    ['2026-10-31', 30, 7, []],
    // Due on the quarter's last day: the reminder runs inside the quarter itself.
    ['2026-12-24', 0, 7, ['2026-Q4']],
    ['2026-12-31', 0, 0, ['2026-Q4']],
    ['2026-12-30', 0, 0, []],
    // A long due period reaches back more than one quarter.
    ['2027-06-25', 180, 7, ['2026-Q4']],
    // A window longer than a quarter names two quarters.
    ['2026-10-02', 30, 120, ['2026-Q3', '2026-Q4']],
  ])('%s, due %i days after the quarter, reminded %i days before: %j', (today, dueDays, reminderDays, quarters) => {
    expect(quartersToRemind(today, dueDays, reminderDays)).toEqual(quarters);
  });
});

describe('overdueQuarters: the quarters past their due date, with the week of lateness', () => {
  it.each<[today: string, dueDays: number, overdue: { period: string; week: number }[]]>([
    // 2026-Q3 is due on 30 October with 30 due days.
    ['2026-10-30', 30, []],
    ['2026-10-31', 30, [{ period: '2026-Q3', week: 1 }]],
    ['2026-11-06', 30, [{ period: '2026-Q3', week: 1 }]],
    ['2026-11-07', 30, [{ period: '2026-Q3', week: 2 }]],
    ['2027-01-22', 30, [{ period: '2026-Q3', week: 12 }]],
    // After twelve weeks a quarter is no longer chased; the next one is due a week later.
    ['2027-01-23', 30, []],
    ['2027-01-31', 30, [{ period: '2026-Q4', week: 1 }]],
    // Due on the quarter's last day: lateness starts the day the next quarter begins.
    ['2027-01-01', 0, [{ period: '2026-Q4', week: 1 }]],
  ])('%s, due %i days after the quarter: %j', (today, dueDays, overdue) => {
    expect(overdueQuarters(today, dueDays)).toEqual(overdue);
  });
});

describe('outstandingLine: exactly what is missing, in the reader\'s language', () => {
  it.each<[indicators: number, statusUpdate: boolean, language: 'nl' | 'en', line: string]>([
    [2, true, 'nl', '2026-Q4: 2 indicatoren, de kwartaalupdate'],
    [1, true, 'nl', '2026-Q4: 1 indicator, de kwartaalupdate'],
    [0, true, 'nl', '2026-Q4: de kwartaalupdate'],
    [3, false, 'nl', '2026-Q4: 3 indicatoren'],
    [2, true, 'en', '2026-Q4: 2 indicators, the status update'],
    [1, false, 'en', '2026-Q4: 1 indicator'],
  ])('%i indicators, status update missing %s, in %s', (indicators, statusUpdate, language, line) => {
    expect(outstandingLine('2026-Q4', { indicators, statusUpdate }, language)).toBe(line);
  });
});

describe('notice texts', () => {
  const input = {
    projectCode: 'MW-01', projectTitle: 'Werk in de wijk', period: '2026-Q4', dueDate: '2027-01-30',
    outstanding: { indicators: 2, statusUpdate: true }, link: 'http://localhost:3000/#/projects/1/quarters/2026-Q4',
  };
  it('a reminder names the project, the due date, what is missing and the link', () => {
    const nl = reminderBeforeText(input, 'nl');
    expect(nl.subject).toContain('MW-01');
    expect(nl.body).toContain('2026-Q4: 2 indicatoren, de kwartaalupdate');
    expect(nl.body).toContain(input.link);
    expect(reminderBeforeText(input, 'en').body).toContain('2026-Q4: 2 indicators, the status update');
  });
  it('a reminder after the due date names its week; the focus team\'s copy lists every late project once', () => {
    expect(reminderAfterText({ ...input, week: 2 }, 'nl').body).toContain('week 2 na de inleverdatum');
    const summary = lateSummaryText({
      period: '2026-Q4', dueDate: '2027-01-30', week: 2,
      projects: [{ code: 'MW-01', title: 'A', outstanding: { indicators: 2, statusUpdate: true }, link: 'l1' }, { code: 'MW-02', title: 'B', outstanding: { indicators: 0, statusUpdate: true }, link: 'l2' }],
    }, 'nl');
    expect(summary.subject).toBe('Kopie: 2 projecten zijn te laat met 2026-Q4 (week 2)');
    expect(summary.body).toContain('- MW-01 A: 2 indicatoren, de kwartaalupdate\n  l1\n- MW-02 B: de kwartaalupdate\n  l2');
    expect(lateSummaryText({ period: '2026-Q4', dueDate: '2027-01-30', week: 3, projects: [] }, 'en').subject).toBe('Copy: 0 projects are late with 2026-Q4 (week 3)');
  });
  it('the day\'s submissions count values per project, singular and plural', () => {
    const text = valuesSubmittedText({ day: '2026-12-01', projects: [{ code: 'MW-01', title: 'A', values: 2 }, { code: 'MW-02', title: 'B', values: 1 }], link: 'x' }, 'nl');
    expect(text.subject).toBe('Ingediend op 2026-12-01: 3 waarden te beoordelen');
    expect(text.body).toContain('- MW-01 A: 2 waarden\n- MW-02 B: 1 waarde');
  });
  it('a digest counts its notices, singular and plural', () => {
    expect(digestText([{ subject: 'a', body: 'b' }], 'nl').subject).toContain('1 bericht ');
    expect(digestText([{ subject: 'a', body: 'b' }, { subject: 'c', body: 'd' }], 'en').subject).toContain('2 notices');
  });
});

describe('the freeze reminder', () => {
  it.each<[today: string, dueDays: number, reminderDays: number, quarters: string[]]>([
    // 2026-Q3 is due on 30 October with 30 due days; to be frozen 7 days later, on 6 November.
    ['2026-10-29', 30, 7, []],
    ['2026-10-30', 30, 7, ['2026-Q3']],
    ['2026-11-06', 30, 7, ['2026-Q3']],
    ['2026-11-07', 30, 7, []],
    // No reminder days: the report is to be frozen on its due date, reminded that day only.
    ['2026-10-30', 30, 0, ['2026-Q3']],
    ['2026-10-31', 30, 0, []],
  ])('on %s (due %i days after the quarter, %i reminder days): %j', (today, dueDays, reminderDays, quarters) => {
    expect(quartersToFreezeRemind(today, dueDays, reminderDays)).toEqual(quarters);
  });

  it('is due to be frozen the due date plus the reminder days', () => {
    expect(freezeDueDate('2026-Q3', 30, 7)).toBe('2026-11-06');
    expect(freezeDueDate('2026-Q4', 0, 0)).toBe('2026-12-31');
  });

  it('names per project what is pending, in either language', () => {
    const input = {
      labName: 'Participatielab', period: '2026-Q3', freezeDate: '2026-11-06', link: 'https://lab.example.org/#/reports?lab=1&quarter=2026-Q3',
      projects: [
        { code: 'MW-01', title: 'Werk', pending: { measurements: 1, statusUpdate: false } },
        { code: 'MW-02', title: 'Wijk', pending: { measurements: 3, statusUpdate: true } },
      ],
    };
    const nl = freezeReminderText(input, 'nl');
    expect(nl.subject).toBe('Participatielab: rapportage 2026-Q3 moet uiterlijk 2026-11-06 bevroren worden; bij 2 projecten staat nog iets open');
    expect(nl.body).toContain('- MW-01 Werk: 1 meting nog niet goedgekeurd\n- MW-02 Wijk: 3 metingen nog niet goedgekeurd, de kwartaalupdate nog niet ingediend');
    expect(nl.body).toContain(input.link);
    expect(freezeReminderText(input, 'en').body).toContain('- MW-02 Wijk: 3 measurements not yet approved, the status update not yet submitted');
    expect(pendingWords({ measurements: 0, statusUpdate: true }, 'en')).toBe('the status update not yet submitted');
  });
});
