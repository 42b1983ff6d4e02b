import { digestText, outstandingLine, quartersToRemind, reminderBeforeText } from './notifications';

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
  it('a digest counts its notices, singular and plural', () => {
    expect(digestText([{ subject: 'a', body: 'b' }], 'nl').subject).toContain('1 bericht ');
    expect(digestText([{ subject: 'a', body: 'b' }, { subject: 'c', body: 'd' }], 'en').subject).toContain('2 notices');
  });
});
