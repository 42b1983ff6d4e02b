import type { ProjectQuarters, QuarterEntry, QuarterInput } from '@lab/domain';
import { httpClient } from '../data-provider';

const path = (projectId: number | string, period: string) => `/api/projects/${projectId}/quarters/${encodeURIComponent(period)}`;

export async function fetchQuarter(projectId: number | string, period: string): Promise<QuarterEntry> {
  return (await httpClient(path(projectId, period))).json as QuarterEntry;
}

export async function saveQuarter(projectId: number | string, period: string, input: QuarterInput): Promise<QuarterEntry> {
  return (await httpClient(path(projectId, period), { method: 'PUT', body: JSON.stringify(input) })).json as QuarterEntry;
}

/** Every quarter of the project's run as the calendar judges it, and the first one still open. */
export async function fetchProjectQuarters(projectId: number | string): Promise<ProjectQuarters> {
  return (await httpClient(`/api/projects/${projectId}/quarters`)).json as ProjectQuarters;
}

/** `POST /api/status-updates/:id/reopen` with the reason (also as `reason`, which a closed quarter asks of an administrator), on record. */
export async function reopenStatusUpdate(id: number, comment: string, version?: number): Promise<{ id: number; version: number; submittedAt: string | null }> {
  const body = JSON.stringify({ comment: comment.trim(), reason: comment.trim(), ...(version ? { version } : {}) });
  return (await httpClient(`/api/status-updates/${id}/reopen`, { method: 'POST', body })).json as { id: number; version: number; submittedAt: string | null };
}

/** The react-query key of a project's quarter, shared by the page that reads it and the form that saves it. */
export const quarterKey = (projectId: string, period: string) => ['quarter', projectId, period];
export const projectQuartersKey = (projectId: string) => ['project-quarters', projectId];
