import {
  AGGREGATIONS, AGREEMENT_KINDS, AGREEMENT_STATUSES, DIRECTIONS, GATE_DECISIONS, HEALTHS, INDICATOR_KINDS, INDICATOR_UNITS,
  MEASUREMENT_STATUSES, MILESTONE_STATUSES, PHASES,
} from './enums';
import { CORRECTION_KINDS } from './closed-quarter';
import { ENUM_LABELS, LABELS_NL, localDateTime } from './labels';

describe('ENUM_LABELS', () => {
  const codes = {
    phase: PHASES, health: HEALTHS, agreement_kind: AGREEMENT_KINDS, agreement_status: AGREEMENT_STATUSES, milestone_status: MILESTONE_STATUSES,
    indicator_kind: INDICATOR_KINDS, indicator_unit: INDICATOR_UNITS, direction: DIRECTIONS, aggregation: AGGREGATIONS,
    measurement_status: MEASUREMENT_STATUSES, gate_decision: GATE_DECISIONS, correction_kind: CORRECTION_KINDS,
  };
  it.each(['nl', 'en'] as const)('names every code in %s, in words', (lang) => {
    for (const [kind, values] of Object.entries(codes)) {
      const words = ENUM_LABELS[lang][kind as keyof typeof codes] as Record<string, string>;
      expect(Object.keys(words).sort()).toEqual([...values].sort());
      for (const w of Object.values(words)) expect(w).not.toMatch(/_/);
    }
  });
  it('calls the third phase Uitrol in Dutch', () => {
    expect(LABELS_NL.phase.rollout).toBe('Uitrol');
  });
});

describe('localDateTime', () => {
  it.each([
    ['2026-12-02T07:05:00.000Z', '2026-12-02', '08:05'], // winter: UTC+1
    ['2026-07-01T12:30:00.000Z', '2026-07-01', '14:30'], // summer: UTC+2
    ['2026-12-31T23:30:00.000Z', '2027-01-01', '00:30'], // the next day in Amsterdam
  ])('%s → %s %s', (iso, date, time) => {
    expect(localDateTime(iso)).toEqual({ date, time });
  });
});
