/** Where the quarterly entry of a project and quarter lives (a custom route of App.tsx). */
export const QUARTER_ENTRY_ROUTE = '/projects/:projectId/quarters/:period';
export const quarterEntryPath = (projectId: number | string, period: string) => `/projects/${projectId}/quarters/${period}`;
