import { ChangeCache } from './change-cache';

/** A computation that finishes when told to, counting how many run at once. */
function gate() {
  let running = 0;
  let peak = 0;
  let calls = 0;
  const waiting: (() => void)[] = [];
  const compute = (value: string) => async () => {
    calls++;
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((done) => waiting.push(done));
    running--;
    return { value };
  };
  const release = async () => {
    while (waiting.length) waiting.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { compute, release, stats: () => ({ calls, peak, running }) };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('ChangeCache', () => {
  it('computes a key once while requests for it wait, and serves the value after', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 60_000 });
    const g = gate();
    const all = Promise.all(Array.from({ length: 5 }, () => cache.get('k 1', g.compute('a'))));
    await settle();
    await g.release();
    expect((await all).map((v) => v.value)).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(await cache.get('k 1', g.compute('b'))).toEqual({ value: 'a' });
    expect(g.stats().calls).toBe(1);
  });

  it('computes again under a new key (a new change count)', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 60_000 });
    expect(await cache.get('k 1', async () => ({ value: 'old' }))).toEqual({ value: 'old' });
    expect(await cache.get('k 2', async () => ({ value: 'new' }))).toEqual({ value: 'new' });
  });

  it('runs at most `concurrency` computations at once', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 60_000, concurrency: 2 });
    const g = gate();
    const all = Promise.all(['a', 'b', 'c', 'd', 'e'].map((k) => cache.get(k, g.compute(k))));
    for (let i = 0; i < 5; i++) {
      await settle();
      expect(g.stats().running).toBeLessThanOrEqual(2);
      await g.release();
    }
    expect((await all).map((v) => v.value)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(g.stats().peak).toBe(2);
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 60_000 });
    await expect(cache.get('k', async () => { throw new Error('database gone'); })).rejects.toThrow('database gone');
    expect(await cache.get('k', async () => ({ value: 'back' }))).toEqual({ value: 'back' });
  });

  it('serves an old value while a fresh one is computed behind it', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 20 });
    await cache.get('k', async () => ({ value: 'first' }));
    await new Promise((r) => setTimeout(r, 40));
    const g = gate();
    expect(await cache.get('k', g.compute('second'))).toEqual({ value: 'first' });
    expect(g.stats().calls).toBe(1);
    await g.release();
    expect(await cache.get('k', async () => ({ value: 'third' }))).toEqual({ value: 'second' });
  });

  it('recomputes a key once it is older than maxAgeMs, then keeps that value: it is settled', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 10, maxAgeMs: 30 });
    let calls = 0;
    const compute = async () => ({ value: `v${++calls}` });
    expect(await cache.get('k', compute)).toEqual({ value: 'v1' });
    await new Promise((r) => setTimeout(r, 50));
    // Old: served while the refresh runs behind it.
    expect(await cache.get('k', compute)).toEqual({ value: 'v1' });
    await new Promise((r) => setTimeout(r, 5));
    expect(await cache.get('k', compute)).toEqual({ value: 'v2' });
    // Computed more than maxAgeMs after the key's first computation: final, however old it gets.
    await new Promise((r) => setTimeout(r, 80));
    expect(await cache.get('k', compute)).toEqual({ value: 'v2' });
    await new Promise((r) => setTimeout(r, 5));
    expect(await cache.get('k', compute)).toEqual({ value: 'v2' });
    expect(calls).toBe(2);
    // A new key starts over.
    expect(await cache.get('k2', compute)).toEqual({ value: 'v3' });
  });

  it('lets an old value go before recomputing it when told (a big one), requests waiting for the new one', async () => {
    const cache = new ChangeCache<{ value: string; big: boolean }>({ maxSize: 10, maxAgeMs: 30, recomputeApart: (v) => v.big });
    let calls = 0;
    const compute = async () => ({ value: `v${++calls}`, big: true });
    expect(await cache.get('k', compute)).toEqual({ value: 'v1', big: true });
    await new Promise((r) => setTimeout(r, 50));
    // Not served old while the new one is computed: it waits for it.
    expect(await cache.get('k', compute)).toEqual({ value: 'v2', big: true });
    // Still settled as any other: computed after maxAgeMs of the key's first computation, kept.
    await new Promise((r) => setTimeout(r, 50));
    expect(await cache.get('k', compute)).toEqual({ value: 'v2', big: true });
    expect(calls).toBe(2);
    // A small one is served old while it is recomputed behind it.
    const small = new ChangeCache<{ value: string; big: boolean }>({ maxSize: 10, maxAgeMs: 30, recomputeApart: (v) => v.big });
    let n = 0;
    const smallOne = async () => ({ value: `s${++n}`, big: false });
    await small.get('k', smallOne);
    await new Promise((r) => setTimeout(r, 50));
    expect(await small.get('k', smallOne)).toEqual({ value: 's1', big: false });
  });

  it('drops the least recently used values beyond its size', async () => {
    const cache = new ChangeCache<{ value: string }>({ maxSize: 5, size: (v) => v.value.length, maxAgeMs: 60_000 });
    await cache.get('a', async () => ({ value: 'aaa' }));
    await cache.get('b', async () => ({ value: 'bbb' })); // 6 > 5: a goes
    expect(await cache.get('b', async () => ({ value: 'new b' }))).toEqual({ value: 'bbb' });
    expect(await cache.get('a', async () => ({ value: 'new a' }))).toEqual({ value: 'new a' });
  });
});
