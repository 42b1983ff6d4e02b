import type { AddressInfo } from 'node:net';
import { create, valid } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { call, report, SCALE, type Answer } from './support';

/**
 * Many clients at once on one record, over real HTTP connections: optimistic locking lets exactly one
 * update with a given version win (the others get 409, nothing is lost), and the review and phase-gate
 * actions, which lock their row, end in one consistent state however many arrive together.
 */
const CLIENTS = 20 * SCALE;
let t: TestApp;
let base: string;
let labId: number;
const figures: Record<string, unknown> = { clientsPerRace: CLIENTS };

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  labId = (await create(t, 'labs', valid.lab())).id;
});
afterAll(async () => {
  report('concurrency', figures);
  await t?.close();
});

const api = (method: string, path: string, body?: unknown) => call(base, method, path, { token: t.token, body, timeoutMs: 30_000 });

function tally(answers: Answer[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const a of answers) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}

async function auditCount(resource: string, recordId: number, action: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    'SELECT count(*)::int AS n FROM audit_events WHERE resource = $1 AND record_id = $2 AND action = $3', [resource, recordId, action],
  );
  return n;
}

describe('updates with the same version', () => {
  it.each([
    ['projects', () => valid.project(labId)],
    ['organisations', () => valid.organisation()],
    ['labs', () => valid.lab()],
  ] as const)('%s: exactly one of the parallel PUTs wins, the rest get 409, no update is lost', async (resource, body) => {
    const record = await create(t, resource, body());
    const current = (await api('GET', `/api/${resource}/${record.id}`)).body;
    const field = resource === 'projects' ? 'title' : 'name';
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => api('PUT', `/api/${resource}/${record.id}`, { ...current, [field]: `Versie van client ${i}` })),
    );
    const counts = tally(answers);
    figures[`put ${resource}`] = counts;
    expect(counts).toEqual({ 200: 1, 409: CLIENTS - 1 });
    for (const loser of answers.filter((a) => a.status === 409)) expect(loser.body.message).toEqual(expect.any(String));
    const winner = answers.find((a) => a.status === 200)!;
    const final = (await api('GET', `/api/${resource}/${record.id}`)).body;
    expect(final.version).toBe(current.version + 1);
    expect(final[field]).toBe(winner.body[field]);
    expect(await auditCount(resource, record.id, 'update')).toBe(1);
  });

  it('a second round on the winner\'s version again has exactly one winner', async () => {
    const record = await create(t, 'milestones', valid.milestone((await create(t, 'projects', valid.project(labId))).id));
    let current = (await api('GET', `/api/milestones/${record.id}`)).body;
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      const answers = await Promise.all(
        Array.from({ length: CLIENTS }, (_, i) => api('PUT', `/api/milestones/${record.id}`, { ...current, title: `Ronde ${round} client ${i}` })),
      );
      expect(tally(answers)).toEqual({ 200: 1, 409: CLIENTS - 1 });
      current = (await api('GET', `/api/milestones/${record.id}`)).body;
      expect(current.title).toBe(answers.find((a) => a.status === 200)!.body.title);
    }
    expect(current.version).toBe(1 + rounds);
    expect(await auditCount('milestones', record.id, 'update')).toBe(rounds);
    figures['put milestones, rounds'] = rounds;
  });
});

describe('the measurement review', () => {
  let indicatorId: number;
  let quarter = 0;
  beforeAll(async () => {
    const project = await create(t, 'projects', valid.project(labId));
    indicatorId = (await create(t, 'indicators', valid.indicator(project.id))).id;
  });
  const measurement = async () => {
    const n = quarter++;
    return create(t, 'measurements', valid.measurement(indicatorId, { period: `${2000 + Math.floor(n / 4)}-Q${(n % 4) + 1}` }));
  };
  const thread = async (id: number) => (await api('GET', `/api/measurements/${id}/comments`)).body as { kind: string; body: string | null }[];

  it('parallel submits of one draft: one is taken, the rest are refused, one thread entry', async () => {
    const m = await measurement();
    const answers = await Promise.all(Array.from({ length: CLIENTS }, () => api('POST', `/api/measurements/${m.id}/submit`, {})));
    const counts = tally(answers);
    figures['submit'] = counts;
    expect(counts[200]).toBe(1);
    expect(answers.every((a) => a.status === 200 || (a.status >= 400 && a.status < 500 && a.body.message))).toBe(true);
    expect((await api('GET', `/api/measurements/${m.id}`)).body).toMatchObject({ status: 'submitted', version: m.version + 1 });
    expect((await thread(m.id)).filter((c) => c.kind === 'submit')).toHaveLength(1);
    expect(await auditCount('measurements', m.id, 'submit')).toBe(1);
  });

  it('parallel approves and returns of one submitted value: exactly one decides, and the state matches its thread entry', async () => {
    const m = await measurement();
    expect((await api('POST', `/api/measurements/${m.id}/submit`, {})).status).toBe(200);
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        i % 2 === 0
          ? api('POST', `/api/measurements/${m.id}/approve`, { comment: `Akkoord ${i}` })
          : api('POST', `/api/measurements/${m.id}/return`, { comment: `Bron ontbreekt ${i}` }),
      ),
    );
    const counts = tally(answers);
    figures['approve+return'] = counts;
    expect(counts[200]).toBe(1);
    expect(answers.every((a) => a.status === 200 || (a.status >= 400 && a.status < 500 && a.body.message))).toBe(true);
    const final = (await api('GET', `/api/measurements/${m.id}`)).body;
    const reviews = (await thread(m.id)).filter((c) => c.kind === 'approve' || c.kind === 'return');
    expect(reviews).toHaveLength(1);
    expect(final.status).toBe(reviews[0].kind === 'approve' ? 'approved' : 'returned');
    expect(final.status).toBe(answers.find((a) => a.status === 200)!.body.status);
    expect(final.version).toBe(m.version + 2);
    expect((await auditCount('measurements', m.id, 'approve')) + (await auditCount('measurements', m.id, 'return'))).toBe(1);
  });

  it('a PUT racing the review steps never changes an approved value', async () => {
    const m = await measurement();
    expect((await api('POST', `/api/measurements/${m.id}/submit`, {})).status).toBe(200);
    const current = (await api('GET', `/api/measurements/${m.id}`)).body;
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        i % 2 === 0 ? api('POST', `/api/measurements/${m.id}/approve`, {}) : api('PUT', `/api/measurements/${m.id}`, { ...current, value: 1000 + i }),
      ),
    );
    expect(answers.every((a) => a.status < 500)).toBe(true);
    const final = (await api('GET', `/api/measurements/${m.id}`)).body;
    const audit: { action: string; changes: Record<string, { after: unknown }> }[] = await t.dataSource.query(
      `SELECT action, changes FROM audit_events WHERE resource = 'measurements' AND record_id = $1 ORDER BY id`, [m.id],
    );
    // The value on record is the one the audit trail says was last written.
    const lastValue = [...audit].reverse().find((e) => e.changes.value)?.changes.value.after ?? m.value;
    expect(final.value).toBe(lastValue);
    figures['approve vs put'] = { ...tally(answers), final: final.status };
  });
});

describe('phase-gate decisions', () => {
  it('parallel go decisions move the project exactly once', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const person = await create(t, 'people', valid.person());
    await create(t, 'memberships', valid.membership(project.id, person.id, 'lead'));
    await create(t, 'milestones', valid.milestone(project.id));
    const indicator = await create(t, 'indicators', valid.indicator(project.id, { kind: 'outcome' }));
    const criteria = { hypothesis: 'Meer deelnemers aan het werk.', criteria: [{ indicatorId: indicator.id, value: 50, byDate: '2017-12-31' }] };
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => api('POST', `/api/projects/${project.id}/transition`, { to: 'experiment', decision: 'go', rationale: `Go ${i}`, ...criteria })),
    );
    const counts = tally(answers);
    figures['gate go'] = counts;
    expect(counts[200]).toBe(1);
    expect(answers.every((a) => a.status === 200 || (a.status >= 400 && a.status < 500 && a.body.message))).toBe(true);
    const final = (await api('GET', `/api/projects/${project.id}`)).body;
    expect(final).toMatchObject({ phase: 'experiment', version: project.version + 1 });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM phase_decisions WHERE project_id = $1 AND decision = 'go'`, [project.id]);
    expect(n).toBe(1);
    expect(await auditCount('projects', project.id, 'transition')).toBe(1);
  });

  it('a go to experiment racing a stop: one of them, never both', async () => {
    const project = await create(t, 'projects', valid.project(labId));
    const person = await create(t, 'people', valid.person());
    await create(t, 'memberships', valid.membership(project.id, person.id, 'lead'));
    await create(t, 'milestones', valid.milestone(project.id));
    const indicator = await create(t, 'indicators', valid.indicator(project.id, { kind: 'outcome' }));
    const criteria = { hypothesis: 'Meer deelnemers aan het werk.', criteria: [{ indicatorId: indicator.id, value: 50, byDate: '2017-12-31' }] };
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => api('POST', `/api/projects/${project.id}/transition`,
        i % 2 === 0 ? { to: 'experiment', decision: 'go', rationale: 'Door', ...criteria } : { to: 'stopped', decision: 'go', rationale: 'Stoppen' })),
    );
    expect(answers.every((a) => a.status < 500)).toBe(true);
    const final = (await api('GET', `/api/projects/${project.id}`)).body;
    const decisions: { from_phase: string; to_phase: string }[] = await t.dataSource.query(
      `SELECT from_phase, to_phase FROM phase_decisions WHERE project_id = $1 AND decision = 'go' ORDER BY id`, [project.id],
    );
    // Every recorded go starts where the one before ended: no decision was taken on a stale phase.
    let phase = 'scenario';
    for (const d of decisions) {
      expect(d.from_phase).toBe(phase);
      phase = d.to_phase;
    }
    expect(final.phase).toBe(phase);
    expect(final.version).toBe(project.version + decisions.length);
    figures['gate go vs stop'] = { ...tally(answers), decisions: decisions.map((d) => `${d.from_phase}→${d.to_phase}`) };
  });
});
