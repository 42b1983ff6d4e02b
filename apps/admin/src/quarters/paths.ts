/** Where the quarterly entry of a project and quarter lives (a custom route of App.tsx). */
export const QUARTER_ENTRY_ROUTE = '/projects/:projectId/quarters/:period';
export const quarterEntryPath = (projectId: number | string, period: string) => `/projects/${projectId}/quarters/${period}`;
/** A project's quarterly entry without a quarter: it opens on the first quarter of the project's run still open. */
export const PROJECT_QUARTERS_ROUTE = '/projects/:projectId/quarters';
export const projectQuartersPath = (projectId: number | string) => `/projects/${projectId}/quarters`;
