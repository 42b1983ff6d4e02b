import { projectGraph, rowCounts } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

it('builds a whole project graph through the API', async () => {
  const g = await projectGraph(t);
  expect(g.project).toMatchObject({ phase: 'scenario', themeIds: [g.theme.id], districtIds: [1, 3], version: 1 });
  const counts = await rowCounts(t);
  expect(counts.projects).toBe(1);
  expect(counts.audit_events).toBe(12);
});
