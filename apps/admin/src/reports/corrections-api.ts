import type { FrozenVersionChanges } from '@lab/domain';
import { httpClient } from '../data-provider';

/** What has changed since a version was frozen: its corrections, and the live figures that differ. */
export async function fetchVersionChanges(id: number): Promise<FrozenVersionChanges> {
  return (await httpClient(`/api/reports/quarterly/versions/${id}/changes`)).json as FrozenVersionChanges;
}
