import type { FrozenReportVersion } from './contracts/reports';
import { amsterdamDay, lastSentVersion, sendingProblems } from './report-sending';

describe('amsterdamDay', () => {
  it.each([
    ['2026-12-01T22:59:59Z', '2026-12-01'], // 23:59:59 in winter time
    ['2026-12-01T23:00:00Z', '2026-12-02'], // midnight in Amsterdam, still the 1st in UTC
    ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 in summer time
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('%s falls on %s', (instant, day) => {
    expect(amsterdamDay(new Date(instant))).toBe(day);
  });
});

describe('sendingProblems', () => {
  const frozenAt = new Date('2026-11-20T10:00:00Z');
  const now = new Date('2026-12-02T09:00:00Z');
  it.each([
    ['the day of freezing', '2026-11-20', {}],
    ['today', '2026-12-02', {}],
    ['a day between', '2026-11-25', {}],
    ['tomorrow', '2026-12-03', { sentOn: expect.stringMatching(/future.*2026-12-02/) }],
    ['the day before freezing', '2026-11-19', { sentOn: expect.stringMatching(/before the version was frozen.*2026-11-20/) }],
    ['a day that does not exist', '2026-02-30', { sentOn: expect.stringMatching(/must be a date like/) }],
    ['a timestamp', '2026-11-25T10:00:00Z', { sentOn: expect.stringMatching(/must be a date like/) }],
    ['a number', 20261125, { sentOn: expect.stringMatching(/must be a date like/) }],
  ])('%s (%s)', (_what, sentOn, expected) => {
    expect(sendingProblems(sentOn, frozenAt, now)).toEqual(expected);
  });

  it("judges today by Amsterdam's calendar, not UTC's", () => {
    // 00:30 on 3 December in Amsterdam is still 2 December in UTC.
    expect(sendingProblems('2026-12-03', frozenAt, new Date('2026-12-02T23:30:00Z'))).toEqual({});
  });
});

describe('lastSentVersion', () => {
  const v = (version: number, sentOn: string | null, sentAt: string | null = sentOn && `${sentOn}T12:00:00Z`) =>
    ({ id: version, version, sentOn, sentAt }) as FrozenReportVersion;
  it('is null while nothing was sent', () => {
    expect(lastSentVersion([v(2, null), v(1, null)])).toBeNull();
  });
  it('is the one sent on the latest day, whatever its number', () => {
    expect(lastSentVersion([v(3, null), v(2, '2026-11-01'), v(1, '2026-11-20')])?.version).toBe(1);
  });
  it('of two sent on one day, is the one recorded last', () => {
    expect(lastSentVersion([v(2, '2026-11-20', '2026-11-20T09:00:00Z'), v(1, '2026-11-20', '2026-11-20T10:00:00Z')])?.version).toBe(1);
  });
});
