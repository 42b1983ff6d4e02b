import type { QuarterEntry, QuarterInput } from '@lab/domain';
import { httpClient } from '../data-provider';

const path = (projectId: number | string, period: string) => `/api/projects/${projectId}/quarters/${encodeURIComponent(period)}`;

export async function fetchQuarter(projectId: number | string, period: string): Promise<QuarterEntry> {
  return (await httpClient(path(projectId, period))).json as QuarterEntry;
}

export async function saveQuarter(projectId: number | string, period: string, input: QuarterInput): Promise<QuarterEntry> {
  return (await httpClient(path(projectId, period), { method: 'PUT', body: JSON.stringify(input) })).json as QuarterEntry;
}

/** The react-query key of a project's quarter, shared by the page that reads it and the form that saves it. */
export const quarterKey = (projectId: string, period: string) => ['quarter', projectId, period];
