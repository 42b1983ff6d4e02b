import type { EntityManager } from 'typeorm';
import { assertClosedQuarterWrite, type CorrectionKind } from '@lab/domain';
import type { Actor } from '../common/actor';
import { CorrectionEntity } from './correction.entity';

// Closed quarters (libs/domain closed-quarter.ts) as the measurements and status updates see them: whether a
// lab's quarter is closed, and the corrections that changes to it leave on record, in the writer's transaction.

/** The frozen version that closed a lab's quarter (its latest), or null while the quarter is open. */
export async function closingVersion(m: EntityManager, labId: number, period: string): Promise<{ id: number; version: number; period: string } | null> {
  const [row] = await m.query(
    'SELECT id, version, period FROM frozen_reports WHERE lab_id = $1 AND period = $2 ORDER BY version DESC LIMIT 1', [labId, period],
  );
  return row ? { id: row.id as number, version: row.version as number, period: (row.period as string).trim() } : null;
}

/** The project and lab of an indicator, or null when there is no such indicator. */
export async function indicatorPlace(m: EntityManager, indicatorId: number): Promise<{ projectId: number; labId: number } | null> {
  const [row] = await m.query(
    'SELECT p.id AS "projectId", p.lab_id AS "labId" FROM indicators i JOIN projects p ON p.id = i.project_id WHERE i.id = $1', [indicatorId],
  );
  return row ?? null;
}

export async function projectLab(m: EntityManager, projectId: number): Promise<number | null> {
  const [row] = await m.query('SELECT lab_id AS "labId" FROM projects WHERE id = $1', [projectId]);
  return (row?.labId as number | undefined) ?? null;
}

export interface ClosedWrite {
  labId: number;
  projectId: number;
  period: string;
  kind: CorrectionKind;
  reason?: string | null;
  actor: Actor | null;
}

/**
 * Passes a write into a lab's quarter: nothing to do while the quarter is open; in a closed one, refused
 * unless an administrator gives a reason (403 / 400 naming `reason`). Returns what the correction needs, or null.
 * The app itself (demo data, actor null) writes as an administrator would, but never without a reason either.
 */
export async function checkClosedWrite(m: EntityManager, w: ClosedWrite): Promise<{ frozenReportId: number; reason: string } | null> {
  const closing = await closingVersion(m, w.labId, w.period);
  const reason = assertClosedQuarterWrite({ closedBy: closing, role: w.actor?.role ?? 'admin', reason: w.reason, kind: w.kind });
  return closing && reason ? { frozenReportId: closing.id, reason } : null;
}

export async function recordCorrection(
  m: EntityManager,
  c: Omit<ClosedWrite, 'reason'> & { frozenReportId: number; reason: string; indicatorId?: number | null; measurementId?: number | null; statusUpdateId?: number | null; oldValue?: number | null },
): Promise<number> {
  const result = await m.insert(CorrectionEntity, {
    labId: c.labId, period: c.period, frozenReportId: c.frozenReportId, kind: c.kind, projectId: c.projectId,
    indicatorId: c.indicatorId ?? null, measurementId: c.measurementId ?? null, statusUpdateId: c.statusUpdateId ?? null,
    oldValue: c.oldValue ?? null, reason: c.reason, correctedById: c.actor?.userId ?? null,
  });
  return result.identifiers[0]!.id as number;
}

/** A measurement approved again: its open correction (if any) gets the new value, who approved it and when. */
export async function resolveCorrection(m: EntityManager, measurementId: number, value: number, actor: Actor | null): Promise<void> {
  await m.query(
    `UPDATE corrections SET new_value = $2, reapproved_at = now(), reapproved_by_id = $3
      WHERE measurement_id = $1 AND reapproved_at IS NULL AND kind IN ('reopen', 'new_measurement')`,
    [measurementId, value, actor?.userId ?? null],
  );
}
