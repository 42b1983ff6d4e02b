import { canonicalJson, jsonBytes } from './report-files';

// A frozen version's JSON is canonicalJson's text, and a live report's JSON.stringify's: jsonBytes makes the
// same bytes a piece at a time. Any difference would change a frozen version's checksum.
const canonical = async (v: unknown) => (await jsonBytes(v, { canonical: true })).toString('utf8');
const plainly = async (v: unknown) => (await jsonBytes(v, { canonical: false })).toString('utf8');

/** A value of nested objects and arrays, its keys in a scrambled order, from a seed. */
function scrambled(seed: number, depth = 0): unknown {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31);
  const kind = next() % (depth > 3 ? 4 : 7);
  switch (kind) {
    case 0: return null;
    case 1: return (next() % 2000) / 7 - 100;
    case 2: return `tekst ${next() % 97} "aanhalingstekens" \\ é ✓ \n`;
    case 3: return next() % 2 === 0;
    case 4: return Array.from({ length: next() % 5 }, (_, i) => scrambled(next() + i, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = next() % 6; i > 0; i--) o[`k${next() % 50}`] = scrambled(next(), depth + 1);
      return o;
    }
  }
}

describe('jsonBytes', () => {
  it('makes canonicalJson\'s text, keys sorted at every depth, or JSON.stringify\'s', async () => {
    const report = {
      zeta: 1, projects: [{ title: 'B', code: 'P-2', lines: [{ z: 1, a: null }] }, { code: 'P-1', title: 'A' }], alpha: { y: [3, { d: 1, c: 2 }], x: 'é' },
    };
    const text = await canonical(report);
    expect(text).toBe(
      '{"alpha":{"x":"é","y":[3,{"c":2,"d":1}]},"projects":[{"code":"P-2","lines":[{"a":null,"z":1}],"title":"B"},{"code":"P-1","title":"A"}],"zeta":1}',
    );
    expect(text).toBe(canonicalJson(report));
    expect(await plainly(report)).toBe(JSON.stringify(report));
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', async () => {
    const value = {
      gone: undefined, fn: () => 1, list: [undefined, () => 1, Symbol('s'), NaN, -0, new Date('2026-12-03T10:00:00Z')],
      when: new Date('2026-12-03T10:00:00Z'), nothing: { toJSON: () => undefined }, big: Infinity,
    };
    expect(await canonical(value)).toBe(canonicalJson(value));
    expect(await plainly(value)).toBe(JSON.stringify(value));
    expect(await canonical(value)).toBe('{"big":null,"list":[null,null,null,null,0,"2026-12-03T10:00:00.000Z"],"when":"2026-12-03T10:00:00.000Z"}');
  });

  it('agrees with canonicalJson on a thousand scrambled values, and on values that are not objects', async () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const value = { a: scrambled(seed), rows: [scrambled(seed + 1), scrambled(seed + 2)], b: scrambled(seed + 3) };
      expect(await canonical(value)).toBe(canonicalJson(value));
      expect(await plainly(value)).toBe(JSON.stringify(value));
    }
    for (const value of [[{ b: 1, a: 2 }], 'tekst', 3, null, new Date(0)]) {
      expect(await canonical(value)).toBe(canonicalJson(value));
      expect(await plainly(value)).toBe(JSON.stringify(value));
    }
  });

  it('gives the event loop turns while it makes a large text, which comes out the same', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => ({ value: i, title: `Regel ${i} ${'x'.repeat(600)}`, code: `R-${i}` }));
    const value = { rows, lab: { name: 'Groot', id: 1 } };
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const bytes = await jsonBytes(value, { canonical: true });
    clearInterval(counting);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(bytes.toString('utf8')).toBe(canonicalJson(value));
    expect(await plainly(value)).toBe(JSON.stringify(value));
    expect(turns).toBeGreaterThan(0);
  });
});
