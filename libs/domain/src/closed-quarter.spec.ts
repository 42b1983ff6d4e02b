import { assertClosedQuarterWrite, CLOSED_QUARTER_REASON_WORDS, correctionListed, liveDifferences, paymentEffect, sumDifferences } from './closed-quarter';
import type { UserRole } from './enums';
import { DomainError } from './errors';
import type { QuarterlyReport } from './contracts/reports';

const closedBy = { version: 2, period: '2016-Q2' };

describe('assertClosedQuarterWrite', () => {
  it.each([
    ['an open quarter, anyone, no reason', null, 'project_member', null, null],
    ['an open quarter, the focus team', null, 'focus_team', undefined, null],
    ['a closed quarter, an administrator with a reason', closedBy, 'admin', '  Dubbeltelling. ', 'Dubbeltelling.'],
  ] as const)('passes %s', (_name, closed, role, reason, expected) => {
    expect(assertClosedQuarterWrite({ closedBy: closed, role: role as UserRole, reason, kind: 'reopen' })).toBe(expected);
  });

  it.each([
    ['the focus team', 'focus_team', 'reopen', /reopen its approved measurements/],
    ['a project member', 'project_member', 'new_measurement', /write a new measurement into it/],
    ['the focus team, a status update', 'focus_team', 'status_update', /reopen its status updates/],
  ] as const)('refuses %s in a closed quarter with FORBIDDEN, naming the quarter and version', (_name, role, kind, words) => {
    const run = () => assertClosedQuarterWrite({ closedBy, role, reason: 'Een reden.', kind });
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).code).toBe('FORBIDDEN');
      expect((e as DomainError).message).toMatch(/2016-Q2 is closed/);
      expect((e as DomainError).message).toContain('v2');
      expect((e as DomainError).message).toMatch(words);
      expect((e as DomainError).details?.unmet?.[0]?.criterion).toBe('closed_quarter');
    }
  });

  it.each([[undefined], [null], [''], ['   ']])('asks an administrator for a reason (%p): 400 naming reason', (reason) => {
    try {
      assertClosedQuarterWrite({ closedBy, role: 'admin', reason, kind: 'new_measurement' });
      throw new Error('passed');
    } catch (e) {
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      expect((e as DomainError).details?.errors).toEqual({ reason: CLOSED_QUARTER_REASON_WORDS });
    }
  });
});

describe('correctionListed', () => {
  it.each([
    ['an earlier quarter, after the last freeze', '2016-Q2', '2016-11-02T10:00:00.000Z', '2016-Q3', '2016-11-01T10:00:00.000Z', true],
    ['an earlier quarter, nothing frozen before', '2016-Q1', '2016-05-01T10:00:00.000Z', '2016-Q3', null, true],
    ['before the last freeze: reported already', '2016-Q2', '2016-10-30T10:00:00.000Z', '2016-Q3', '2016-11-01T10:00:00.000Z', false],
    ['the report\'s own quarter', '2016-Q3', '2016-11-02T10:00:00.000Z', '2016-Q3', null, false],
    ['a later quarter', '2016-Q4', '2017-02-02T10:00:00.000Z', '2016-Q3', null, false],
  ])('%s: %s', (_name, period, correctedAt, report, since, listed) => {
    expect(correctionListed({ period, correctedAt }, report, since)).toBe(listed);
  });
});

describe('paymentEffect and sumDifferences', () => {
  it('gives the difference of the corrected payment to the frozen one, either way', () => {
    expect(paymentEffect(100_000, 50_000)).toEqual({ frozenDueCents: 100_000, correctedDueCents: 50_000, differenceCents: -50_000 });
    expect(paymentEffect(0, 25_000).differenceCents).toBe(25_000);
    expect(sumDifferences([-50_000, 25_000, 0])).toBe(-25_000);
    expect(sumDifferences([])).toBe(0);
  });
});

describe('liveDifferences', () => {
  type Part = Pick<QuarterlyReport, 'projects' | 'payments'>;
  const report = (value: number | null, figure: number | null, due: number, extra = false): Part => ({
    projects: [{
      code: 'GA-01',
      indicators: [
        { id: 1, name: 'Plaatsingen', value, figure },
        ...(extra ? [{ id: 2, name: 'Nieuw', value: 3, figure: 3 }] : []),
      ],
    }],
    payments: [{ agreementId: 9, projectCode: 'GA-01', title: 'Resultaatafspraak', dueCents: due }],
  } as unknown as Part);

  it('finds nothing when the figures agree', () => {
    expect(liveDifferences(report(4, 7, 100_000), report(4, 7, 100_000))).toEqual([]);
  });

  it('names each value, figure and payment that differs', () => {
    expect(liveDifferences(report(4, 7, 100_000), report(2, 5, 50_000))).toEqual([
      { projectCode: 'GA-01', indicatorId: 1, item: 'Plaatsingen', field: 'value', frozen: 4, live: 2 },
      { projectCode: 'GA-01', indicatorId: 1, item: 'Plaatsingen', field: 'figure', frozen: 7, live: 5 },
      { projectCode: 'GA-01', indicatorId: null, item: 'Resultaatafspraak', field: 'dueCents', frozen: 100_000, live: 50_000 },
    ]);
  });

  it('counts an indicator that is new since the freeze', () => {
    expect(liveDifferences(report(4, 7, 1), report(4, 7, 1, true)).map((d) => [d.item, d.field, d.frozen, d.live])).toEqual([
      ['Nieuw', 'value', null, 3], ['Nieuw', 'figure', null, 3],
    ]);
  });
});
