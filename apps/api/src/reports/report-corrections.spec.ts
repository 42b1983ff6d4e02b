import { assembleCorrections, correctionPayments, type CorrectionRow } from './report-corrections';
import type { ApprovedValueRow, ContractRow } from './report-queries';

// The effect of a correction on the outcome payment of the quarter it corrects: the contract's schedule with the
// value the frozen report counted against the one approved now, every other approved value as it is.

const contract: ContractRow = {
  agreementId: 9, title: 'Resultaatafspraak plaatsingen', projectId: 1, projectCode: 'GA-01', indicatorId: 5, indicatorName: 'Plaatsingen',
  pricePerUnitCents: 25_000, maxPaymentCents: 200_000, startDate: '2016-04-01', signedDate: '2016-03-20', endDate: null,
  baseline: 0, direction: 'increase', aggregation: 'sum',
} as ContractRow;
const values: ApprovedValueRow[] = [
  { indicatorId: 5, period: '2016-Q1', value: 3 },
  { indicatorId: 5, period: '2016-Q2', value: 2 },
  { indicatorId: 5, period: '2016-Q3', value: 5 },
];
const row = (extra: Partial<CorrectionRow> = {}): CorrectionRow => ({
  id: 1, kind: 'reopen', period: '2016-Q2', frozenReportId: 3, frozenVersion: 1, projectId: 1, projectCode: 'GA-01', projectTitle: 'Werk',
  indicatorId: 5, indicatorName: 'Plaatsingen', measurementId: 11, statusUpdateId: null, oldValue: 4, newValue: 2, reason: 'Dubbeltelling.',
  correctedById: 1, correctedByName: 'Beheer', correctedAt: new Date('2016-11-02T10:00:00Z'), reapprovedAt: new Date('2016-11-03T10:00:00Z'),
  ...extra,
});

describe('correctionPayments', () => {
  it('pays the corrected quarter with the new value against the frozen one', () => {
    expect(correctionPayments(row(), [contract], values)).toEqual([
      { agreementId: 9, title: 'Resultaatafspraak plaatsingen', frozenDueCents: 100_000, correctedDueCents: 50_000, differenceCents: -50_000 },
    ]);
  });

  it('counts a new measurement against none at all', () => {
    const [effect] = correctionPayments(row({ kind: 'new_measurement', oldValue: null, newValue: 2 }), [contract], values);
    expect(effect).toMatchObject({ frozenDueCents: 0, correctedDueCents: 50_000, differenceCents: 50_000 });
  });

  it('never pays above the contract\'s maximum', () => {
    const [effect] = correctionPayments(row({ newValue: 40 }), [contract], values);
    expect(effect!.correctedDueCents).toBe(200_000);
  });

  it('has no effect while the value is not approved again, without a contract, or for a status update', () => {
    expect(correctionPayments(row({ newValue: null, reapprovedAt: null }), [contract], values)).toEqual([]);
    expect(correctionPayments(row(), [], values)).toEqual([]);
    expect(correctionPayments(row({ kind: 'status_update', indicatorId: null, oldValue: null, newValue: null }), [contract], values)).toEqual([]);
  });
});

describe('assembleCorrections', () => {
  it('gives each correction its payments, the moment since, and the sum of the differences', () => {
    const out = assembleCorrections({ since: new Date('2016-10-15T08:00:00Z'), total: 1, rows: [row()], contracts: [contract], values });
    expect(out).toMatchObject({ since: '2016-10-15T08:00:00.000Z', total: 1, paymentDifferenceCents: -50_000 });
    expect(out.items[0]).toMatchObject({ correctedAt: '2016-11-02T10:00:00.000Z', reapprovedAt: '2016-11-03T10:00:00.000Z', oldValue: 4, newValue: 2 });
  });
});
