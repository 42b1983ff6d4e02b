import { readFileSync, writeFileSync } from 'node:fs';
import {
  addQuarters, dayWindow, labQuarterWindow, MAX_PAYMENT_ROWS, quarterRange, quarterStart, todayIso,
} from '@lab/domain';
import { createDatabase, dropDatabase } from '../support/test-app';
import { call, ensureBuilt, freePort, report, signIn, startApp, stopApp, type RunningApp } from './support';

/**
 * The largest payments answer a project member can cause, served by the built app in its own process with
 * the heap limit `npm start` gives it (256 MB). Outcome contracts and their terms are the focus team's; the
 * member then stretches every contract on their project over the widest window the rules allow (from
 * 2000-Q1, no end date, active) and asks through the last quarter the lab allows. The rules cap that answer
 * at MAX_PAYMENT_ROWS quarter rows: this builds exactly that many, with an approved value in every quarter,
 * prints the answer's size and the process's peak memory, and checks that anything larger is refused.
 * On main a member could date the contracts in 1900 and ask through 2999-Q4, and the process died.
 */
const ADMIN = { ADMIN_EMAIL: 'bounds-admin@test.example', ADMIN_PASSWORD: 'bounds-admin-password-9q4z' };
const MEMBER = { email: 'bounds-member@test.example', password: 'Ruim-genoeg-wachtwoord-voor-lid-7k2x' };
const HEAP_MB = 256;
const TODAY = todayIso();
const DAYS = dayWindow(TODAY);

let databaseUrl: string;
let app: RunningApp | undefined;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  ensureBuilt();
  databaseUrl = await createDatabase();
}, 180_000);
afterAll(async () => {
  report('payments-bounds', figures);
  await stopApp(app);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** kB figures of /proc/<pid>/status: VmHWM is the peak resident set since the process started. */
function memory(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

/** Starts VmHWM afresh from the current RSS (Linux: clear_refs 5), so that it measures what follows; false where not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** n calls at a time, failing loudly on any status but `want`. */
async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<{ status: number; body: any }>, want: number): Promise<any[]> {
  const out: any[] = [];
  for (let i = 0; i < items.length; i += size) {
    const answers = await Promise.all(items.slice(i, i + size).map(run));
    for (const a of answers) if (a.status !== want) throw new Error(`answered ${a.status}: ${JSON.stringify(a.body).slice(0, 300)}`);
    out.push(...answers.map((a) => a.body));
  }
  return out;
}

it('serves the largest payments answer the rules allow within its heap, and refuses anything larger', async () => {
  const port = await freePort();
  app = await startApp({ DATABASE_URL: databaseUrl, ...ADMIN, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }, port);
  const pid = app.child.pid!;
  const admin = await signIn(app.base, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const as = (token: string) => (method: string, path: string, body?: unknown) => call(app!.base, method, path, { token, body, timeoutMs: 60_000 });
  const staff = as(admin);
  const made = async (path: string, body: unknown) => {
    const res = await staff('POST', path, body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  // The widest lab window: a lab from 2000 to the last day any record may name.
  const lab = await made('/api/labs', { name: 'Breedste lab', city: 'Amsterdam', startDate: DAYS.from, endDate: DAYS.to });
  const window = labQuarterWindow(lab, TODAY);
  const quarters = quarterRange(window.from, window.to);
  const organisation = await made('/api/organisations', { name: 'Betaalpartner', perspective: 'employer' });
  const project = await made('/api/projects', { labId: lab.id, code: 'MW-RUIM', title: 'Ruimste project' });
  const person = await made('/api/people', { name: 'Lid van het team' });
  await made('/api/memberships', { projectId: project.id, personId: person.id, role: 'lead' });
  await made('/api/users', { ...MEMBER, name: 'Projectlid', role: 'project_member', personId: person.id });
  const memberToken = await signIn(app.base, MEMBER.email, MEMBER.password);
  const member = as(memberToken);
  const indicator = await made('/api/indicators', {
    projectId: project.id, name: 'Plaatsingen', kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase',
    aggregation: 'sum', baselineValue: 0, baselineDate: DAYS.from,
  });

  // The member records a value for every quarter of the window and hands it in; the focus team approves.
  const values = await inBatches(quarters, 8, (period) => member('POST', '/api/measurements', { indicatorId: indicator.id, period, value: 3 }), 201);
  await inBatches(values, 8, (m) => member('POST', `/api/measurements/${m.id}/submit`, {}), 200);
  await inBatches(values, 8, (m) => staff('POST', `/api/measurements/${m.id}/approve`, {}), 200);

  // As many contracts as fit: each over the whole window, the last one over what is left of the cap.
  const full = Math.floor(MAX_PAYMENT_ROWS / quarters.length);
  const rest = MAX_PAYMENT_ROWS - full * quarters.length;
  const terms = { kind: 'outcome_contract', status: 'draft', indicatorId: indicator.id, pricePerUnitCents: 12_345, maxPaymentCents: 9_000_000_000_000 };
  const contracts = await inBatches(Array.from({ length: full + (rest > 0 ? 1 : 0) }, (_, n) => n), 8, (n) =>
    staff('POST', '/api/agreements', { projectId: project.id, organisationId: organisation.id, title: `Resultaatafspraak ${n}`, ...terms, startDate: '2024-01-01', endDate: '2024-12-31' }), 201);
  // The member stretches them: active, from the first day allowed (the last from where the cap is reached), without end.
  const stretch = (c: any, n: number) => ({
    ...c, status: 'active', endDate: null, startDate: n < full ? DAYS.from : quarterStart(addQuarters(window.to, -(rest - 1))),
  });
  await inBatches(contracts.map((c, n) => [c, n] as const), 8, ([c, n]) => member('PUT', `/api/agreements/${c.id}`, stretch(c, n)), 200);

  // Sign-ins (argon2id) and the setup above have their own peaks: measure from here.
  const before = memory(pid);
  const peakReset = resetPeak(pid);
  const began = Date.now();
  const paymentsUrl = `${app.base}/api/reports/payments?lab=${lab.id}&through=${window.to}`;
  const res = await fetch(paymentsUrl, { headers: { Authorization: `Bearer ${memberToken}` } });
  const text = await res.text();
  const ms = Date.now() - began;
  expect(res.status).toBe(200);
  const body = JSON.parse(text);
  const rows = body.contracts.reduce((n: number, c: any) => n + c.rows.length, 0);
  expect(rows).toBe(MAX_PAYMENT_ROWS);
  expect(body.contracts.every((c: any) => c.rows.every((r: any) => r.figure !== null))).toBe(true);
  const single = memory(pid);

  // Four at once.
  const parallel = await Promise.all(Array.from({ length: 4 }, () =>
    fetch(paymentsUrl, { headers: { Authorization: `Bearer ${memberToken}` } }).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength }))));
  expect(parallel.map((p) => p.status)).toEqual([200, 200, 200, 200]);
  const after = memory(pid);

  Object.assign(figures, {
    contracts: contracts.length, quarters: quarters.length, rows, window, bytes: Buffer.byteLength(text), ms,
    heapLimitMb: HEAP_MB, rssBeforeMb: before.rssMb, peakRssOfSetupMb: before.peakRssMb, peakReset,
    peakRssServingOneMb: single.peakRssMb, peakRssServingFourAtOnceMb: after.peakRssMb,
  });

  // Anything larger is refused, and changes nothing: a day before the window, a quarter past it, one row more.
  const first = contracts[0];
  const current = (await member('GET', `/api/agreements/${first.id}`)).body;
  const early = await member('PUT', `/api/agreements/${first.id}`, { ...current, startDate: '1999-12-31' });
  expect({ status: early.status, fields: Object.keys(early.body.errors ?? {}) }).toEqual({ status: 400, fields: ['startDate'] });
  const attack = await member('GET', `/api/reports/payments?lab=${lab.id}&through=2999-Q4`);
  expect({ status: attack.status, fields: Object.keys(attack.body.errors ?? {}) }).toEqual({ status: 400, fields: ['through'] });
  const extra = await made('/api/agreements', { projectId: project.id, organisationId: organisation.id, title: 'Eén te veel', ...terms, startDate: '2024-01-01' });
  expect((await member('PUT', `/api/agreements/${extra.id}`, { ...extra, status: 'active', startDate: DAYS.from })).status).toBe(200);
  const over = await member('GET', `/api/reports/payments?lab=${lab.id}&through=${window.to}`);
  expect(over.status).toBe(400);
  expect(over.body.errors.through).toContain(`more than the ${MAX_PAYMENT_ROWS}`);
  figures.refusedPastTheCap = over.body.errors.through;

  // Still up, and still answering.
  expect(app.child.exitCode).toBeNull();
  expect((await call(app.base, 'GET', '/api/health')).status).toBe(200);
  expect(app.output.join('')).not.toMatch(/heap out of memory/i);
  expect(after.peakRssMb).toBeLessThan(HEAP_MB + 256);
}, 600_000);
