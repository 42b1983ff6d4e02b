import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError, sortComparisonRows, todayIso, type ComparedDefinition, type ComparisonRow, type ComparisonSort, type EvidenceComparison,
} from '@lab/domain';
import { ChangeCache, dataChanges } from '../common/change-cache';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';
import { readSnapshot } from '../reports/read-snapshot';
import { compareAll, readEvidenceFacts, type EvidenceScope } from './evidence-facts';
import type { EvidenceQuery } from './evidence-query';

/** Every definition of a scope compared, all rows: what the cache keeps and the pages are cut from. */
interface WholeComparison {
  lab: EvidenceComparison['lab'];
  definitions: (Omit<ComparedDefinition, 'rowCount'>)[];
}

/** A comparison is recomputed behind the served one at most this often while the data stands still. */
const MAX_AGE_MS = 10_000;
/** Rows kept over all cached comparisons (a 1,000-project lab with three definitions is 3,000). */
const MAX_CACHED_ROWS = 60_000;
/** Comparisons computed at once, at most: each reads a lab's approved history. */
const MAX_CONCURRENT = 2;

/**
 * "Wat werkt": each shared definition of a lab compared across the projects that adopt it, through a quarter
 * (libs/domain evidence-comparison.ts, facts from evidence-facts.ts). The whole comparison of a scope (lab,
 * quarter, theme, district, phase) is computed once per state of the data and kept; a request takes its
 * definition, order and page of rows from it, so its answer stays small whatever the lab's size.
 */
@Injectable()
export class EvidenceService {
  private readonly comparisons = new ChangeCache<WholeComparison>({
    maxSize: MAX_CACHED_ROWS, size: (c) => c.definitions.reduce((n, d) => n + d.rows.length, 1), maxAgeMs: MAX_AGE_MS, concurrency: MAX_CONCURRENT,
  });

  /** Each kept definition's rows by order asked (`sorted`); they go with the comparison they were cut from. */
  private readonly orders = new WeakMap<object, Map<string, ComparisonRow[]>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The comparison as asked: `range` cuts each definition's rows, unless `allRows` (the files hold every row). */
  async compare(q: EvidenceQuery, today = todayIso(), allRows = false): Promise<EvidenceComparison> {
    throwFieldErrors('comparison request', labWindowErrors(q.lab, await labWindow(this.dataSource, q.lab, today), { quarter: q.quarter }));
    const whole = await this.whole({ ...q, definition: null }, today);
    const definitions = q.definition === null ? whole.definitions : whole.definitions.filter((d) => d.id === q.definition);
    if (q.definition !== null && definitions.length === 0) {
      throwFieldErrors('comparison request', { definition: `is not an indicator definition of lab ${q.lab}: choose one of the lab's own` });
    }
    const [start, end] = q.range;
    return {
      lab: whole.lab, quarter: q.quarter,
      filters: { definition: q.definition, theme: q.theme, district: q.district, phase: q.phase },
      sort: q.sort,
      range: allRows ? null : q.range,
      definitions: definitions.map((d) => {
        const sorted = this.sorted(d, q.sort);
        return { ...d, rowCount: d.rows.length, rows: allRows ? sorted : sorted.slice(start, end + 1) };
      }),
    };
  }

  /**
   * A kept definition's rows in the order asked, sorted once per order and kept with the comparison: a
   * 5,000-project lab's sort took some 15 ms a request (localeCompare on codes), its page microseconds.
   */
  private sorted(d: WholeComparison['definitions'][number], sort: ComparisonSort): ComparisonRow[] {
    let orders = this.orders.get(d);
    if (!orders) this.orders.set(d, (orders = new Map()));
    const key = `${sort.key} ${sort.order}`;
    let rows = orders.get(key);
    if (!rows) orders.set(key, (rows = sortComparisonRows(d.rows, sort)));
    return rows;
  }

  private async whole(scope: EvidenceScope, today: string): Promise<WholeComparison> {
    const changes = await dataChanges(this.dataSource);
    const key = [scope.lab, scope.quarter, scope.theme, scope.district, scope.phase, today, changes].join(' ');
    return this.comparisons.get(key, async () => {
      const facts = await readSnapshot(this.dataSource, (m) => readEvidenceFacts(m, scope));
      if (!facts.lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${scope.lab}.`);
      const threshold = facts.lab.smallNumberThreshold;
      return { lab: facts.lab, definitions: compareAll(facts.definitions, (id) => facts.adopting.get(id) ?? [], scope.quarter, threshold) };
    });
  }
}
