import { types } from 'pg';
import { isoTimestamp, READ_TYPES } from './lean-read';

/** What the entity path answers for the same text: pg's Date, printed by JSON. */
const viaDate = (text: string) => (types.getTypeParser(types.builtins.TIMESTAMPTZ)(text) as Date).toISOString();

describe('isoTimestamp', () => {
  it.each([
    '2026-12-03 06:54:31.123456+00',
    '2026-12-03 06:54:31.123+00',
    '2026-12-03 06:54:31.1+00',
    '2026-12-03 06:54:31.999999+00',
    '2026-12-03 06:54:31+00',
    '2016-01-01 00:00:00+00',
  ])('prints %s in a UTC session as Date#toISOString does', (text) => {
    expect(isoTimestamp(text)).toBe(viaDate(text));
  });

  it.each([
    '2026-12-03 07:54:31.5+01',
    '2026-12-03 12:24:31.123456+05:30',
    '2026-12-02 20:54:31-10',
  ])('turns another offset (%s) into UTC', (text) => {
    expect(isoTimestamp(text)).toBe(viaDate(text));
    expect(isoTimestamp(text)).toMatch(/Z$/);
  });

  it('passes through what is no date (infinity)', () => {
    expect(isoTimestamp('infinity')).toBe('infinity');
  });

  it('is the read path parser of timestamptz only; every other type keeps the parser set for it', () => {
    expect(READ_TYPES.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(isoTimestamp);
    // The product sets its own (database/data-source.ts: days as strings, bigint as numbers); any set one is kept.
    const before = types.getTypeParser(types.builtins.MONEY);
    const mine = (text: string) => `money ${text}`;
    types.setTypeParser(types.builtins.MONEY, mine);
    try {
      expect(READ_TYPES.getTypeParser(types.builtins.MONEY, 'text')).toBe(mine);
    } finally {
      types.setTypeParser(types.builtins.MONEY, before as (text: string) => unknown);
    }
    expect(READ_TYPES.getTypeParser(types.builtins.INT4, 'text')('42')).toBe(42);
  });
});
