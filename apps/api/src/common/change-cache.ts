import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The count of changes to the data the cached figures are drawn from: a sequence moved by a statement
 * trigger on every write to those tables (migrations DashboardChangeCounter and ReportChangeCounter).
 * Reading it is one tiny query; a cache keyed on it never serves figures from before a committed change.
 */
export async function dataChanges(db: DataSource | EntityManager): Promise<string> {
  const [{ changes }] = (await db.query(`SELECT last_value || '/' || is_called AS changes FROM data_changes`)) as { changes: string }[];
  return changes;
}

export interface ChangeCacheOptions<V> {
  /** The most values kept, or with `size` the most of their summed sizes; the least recently used go first. */
  maxSize: number;
  size?: (value: V) => number;
  /**
   * How long a value is served without a recomputation behind it. The change counter moves inside a
   * writer's transaction, just before its commit: a request that reads the new count in that instant
   * still sees the old rows, and without an age limit its value would be served until the next change.
   * Past this age the value is still served, while a fresh one is computed behind it; a value computed
   * this long after its key's first computation began is final (the writer has committed by then: writes
   * here are short transactions) and is kept without a further recomputation.
   */
  maxAgeMs: number;
  /** At most this many computations run at once; the others wait their turn (heavy work bounds memory). */
  concurrency?: number;
  /**
   * A value for which this holds is not recomputed behind itself once old: it is let go first and computed
   * afresh while its requests wait, so that two of it never share the heap (a big lab's report).
   */
  recomputeApart?: (value: V) => boolean;
}

/**
 * Values computed from the database, kept in memory under a key that holds the change count (and the day,
 * where figures depend on it). Requests that ask for a value while it is being computed share that
 * computation instead of starting their own. Built on lru-cache's fetch, which does the sharing, the
 * size bound and the serve-stale-while-refreshing.
 */
export class ChangeCache<V extends object> {
  private readonly cache: LRUCache<string, Held<V>, Computation<V>>;
  private readonly recomputeApart?: (value: V) => boolean;

  constructor(options: ChangeCacheOptions<V>) {
    // p-limit's queue keeps its last task, and what that task's promise resolved to, until the next task
    // comes: a 53 MB report outlived its successor that way. So the value leaves the task in a box that is
    // emptied at once, and an unbounded cache runs its computations without a queue.
    const bounded = options.concurrency ? pLimit(options.concurrency) : null;
    const limit = async (run: () => Promise<V>): Promise<V> => {
      if (!bounded) return run();
      const box: { value?: V } = {};
      await bounded(async () => { box.value = await run(); });
      const value = box.value!;
      delete box.value;
      return value;
    };
    this.recomputeApart = options.recomputeApart;
    this.cache = new LRUCache<string, Held<V>, Computation<V>>({
      ...(options.size ? { maxSize: options.maxSize, sizeCalculation: (h: Held<V>) => Math.max(1, options.size!(h.value)) } : { max: options.maxSize }),
      ttl: options.maxAgeMs,
      allowStale: true,
      fetchMethod: async (_key, stale, { context, options: entry }) => {
        const started = Date.now();
        const value = await limit(context.compute);
        const since = stale?.since ?? context.since ?? started;
        // Settled: computed at least maxAgeMs after the first computation under this key began, so after any
        // writer whose count it is had committed. It is kept, never recomputed, until the key goes.
        if (started - since >= options.maxAgeMs) entry.ttl = 0;
        return { value, since };
      },
    });
  }

  /** The value under `key`, computed with `compute` if there is none (or refreshed behind it if it is old). */
  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const since = this.letGoIfApart(key);
    const held = await this.cache.fetch(key, { context: { compute, since } });
    // fetch only answers undefined when the computation does, which none of ours can.
    if (held === undefined) throw new Error(`No value was computed for ${key}`);
    return held.value;
  }

  /**
   * An old value to recompute apart is dropped here, and only when its key's first computation began is
   * kept: a reference to the value itself in get() would keep it alive through the whole recomputation.
   */
  private letGoIfApart(key: string): number | undefined {
    if (!this.recomputeApart || this.cache.getRemainingTTL(key) > 0) return undefined;
    const old = this.cache.peek(key, { allowStale: true });
    if (!old || !this.recomputeApart(old.value)) return undefined;
    this.cache.delete(key);
    return old.since;
  }
}

/** What a computation is given: how to compute, and when the first computation under its key began. */
interface Computation<V> {
  compute: () => Promise<V>;
  since?: number;
}

/** A value and when the first computation under its key began. */
interface Held<V> {
  value: V;
  since: number;
}
