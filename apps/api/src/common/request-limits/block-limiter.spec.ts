import { RateLimiterMemory } from 'rate-limiter-flexible';
import { BlockLimiter, blockOf } from './request-limits';

// Two replicas (BlockLimiters) over one store (here in memory, in the product PostgreSQL): a client gets
// its limit over both, less what one holds unspent, and the store is asked once per block, not per request.

/** A store that counts how often it is asked. */
function store(points: number) {
  const limiter = new RateLimiterMemory({ points, duration: 60, inMemoryBlockOnConsumed: points + 1 } as never);
  let asked = 0;
  const consume = limiter.consume.bind(limiter);
  limiter.consume = (key, n) => {
    asked++;
    return consume(key, n);
  };
  return { limiter, asked: () => asked };
}

async function spend(limiter: BlockLimiter, n: number, key = '10.0.0.1'): Promise<{ allowed: number; refusedWait: number | null }> {
  let allowed = 0;
  let refusedWait: number | null = null;
  for (let i = 0; i < n; i++) {
    const refusal = await limiter.consume(key);
    if (refusal) refusedWait = refusal.msBeforeNext;
    else allowed++;
  }
  return { allowed, refusedWait };
}

describe('BlockLimiter', () => {
  it('takes a hundredth of the limit at a time, at least one', () => {
    expect(blockOf(1_200)).toBe(12);
    expect(blockOf(150)).toBe(1);
    expect(blockOf(5)).toBe(1);
  });

  it('gives one replica its limit exactly, asking the store once per block', async () => {
    const s = store(1_000);
    const replica = new BlockLimiter(s.limiter, 1_000, 10);
    expect((await spend(replica, 1_000)).allowed).toBe(1_000);
    expect(s.asked()).toBe(100);
    // Past the limit every request asks (the store's own memory of a key past its limit refuses it at once).
    const { allowed, refusedWait } = await spend(replica, 100);
    expect(allowed).toBe(0);
    expect(refusedWait).toBeGreaterThan(0);
  });

  it('counts over two replicas: never more than the limit, short of it by at most what the other holds', async () => {
    const s = store(1_000);
    const a = new BlockLimiter(s.limiter, 1_000, 10);
    const b = new BlockLimiter(s.limiter, 1_000, 10);
    let allowed = 0;
    for (let i = 0; i < 700; i++) {
      if (!(await a.consume('c'))) allowed++;
      if (!(await b.consume('c'))) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(1_000);
    expect(allowed).toBeGreaterThanOrEqual(1_000 - 9);
  });

  it('spends the part of a block that still fits under the limit', async () => {
    const s = store(25);
    const replica = new BlockLimiter(s.limiter, 25, 10);
    expect((await spend(replica, 30)).allowed).toBe(25);
  });

  it('keeps clients apart', async () => {
    const s = store(20);
    const replica = new BlockLimiter(s.limiter, 20, 5);
    expect((await spend(replica, 25, 'one')).allowed).toBe(20);
    expect((await spend(replica, 5, 'two')).allowed).toBe(5);
  });

  it('takes one block for requests that arrive together', async () => {
    const s = store(1_000);
    const replica = new BlockLimiter(s.limiter, 1_000, 10);
    const answers = await Promise.all(Array.from({ length: 10 }, () => replica.consume('c')));
    expect(answers.every((a) => a === null)).toBe(true);
    expect(s.asked()).toBe(1);
  });

  it('with a block of one asks the store for every request', async () => {
    const s = store(10);
    const replica = new BlockLimiter(s.limiter, 10);
    expect((await spend(replica, 12)).allowed).toBe(10);
    expect(s.asked()).toBe(12);
  });
});
