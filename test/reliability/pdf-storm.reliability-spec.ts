import { loadavg } from 'node:os';
import { Client } from 'pg';
import { extractText, getDocumentProxy } from 'unpdf';
import { quarterNl } from '../../apps/api/src/reports/report-format';
import { COMPACT_FROM_PROJECTS } from '../../apps/api/src/reports/report-pdf';
import { DEFAULT_RENDER_POOL } from '../../apps/api/src/reports/report-render-pool';
import { generate } from '../../scripts/lib/synthetic-data.mjs';
import { createDatabase, dropDatabase } from '../support/test-app';
import { call, ensureBuilt, freePort, report, SCALE, signIn, sleep, startApp, stopApp, type RunningApp } from './support';

/**
 * A storm of PDF requests for a long lab (the longest PDF there is: every project gets its full section),
 * on the built app as `npm start` runs it, while /api/health is polled: rendering happens in worker
 * threads, so health answers come within HEALTH_LIMIT_MS (95 % of them; none takes a second, which a render on
 * the main thread would), and every request gets a whole PDF. A single answer on a 2-core machine can meet a
 * garbage collection of the PDFs in hand: the 95th percentile, not the maximum, is what the rendering moves.
 * Each quarter is a report of its own, so the storm renders QUARTERS PDFs (REQUESTS requests share them).
 * The requests come in over RAMP_MS, 100 a second: a burst of 100 requests at one instant, of any route
 * (health itself, or ones answered 401), holds the event loop for some 100-200 ms on a 2-core machine, and
 * what is measured here is the rendering, which has seconds of PDFs queued by then.
 */
const ADMIN = { ADMIN_EMAIL: 'storm-admin@test.example', ADMIN_PASSWORD: 'storm-admin-password' };
const PROJECTS = COMPACT_FROM_PROJECTS - 1;
/** Distinct PDFs, no more than the render pool takes on at once (beyond, it answers 503). */
const QUARTERS = Math.min(16 * SCALE, DEFAULT_RENDER_POOL.maxRenders);
const REQUESTS = 100 * SCALE;
const RAMP_MS = 1000 * SCALE;
const HEALTH_LIMIT_MS = 200;
/** No health answer may take this long: rendering a PDF of this lab on the main thread takes seconds. */
const HEALTH_NEVER_MS = 1000;
const HEALTH_EVERY_MS = 50;
let databaseUrl: string;
let app: RunningApp | undefined;

beforeAll(async () => {
  ensureBuilt();
  databaseUrl = await createDatabase();
}, 180_000);
afterAll(async () => {
  await stopApp(app);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** `2016-Q1` and the quarters after it. */
const quarter = (n: number) => `${2016 + Math.floor(n / 4)}-Q${1 + (n % 4)}`;

interface PdfAnswer { status: number; bytes: Buffer; ms: number }

async function getPdf(base: string, token: string, labId: number, period: string): Promise<PdfAnswer> {
  const began = Date.now();
  try {
    const res = await fetch(`${base}/api/reports/quarterly?lab=${labId}&quarter=${period}&format=pdf`, {
      headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(120_000),
    });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), ms: Date.now() - began };
  } catch (error) {
    return { status: 0, bytes: Buffer.from(String(error)), ms: Date.now() - began };
  }
}

const isPdf = (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-' && b.subarray(-32).toString('latin1').includes('%%EOF');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

it(`answers /api/health within ${HEALTH_LIMIT_MS} ms (95 %, none over ${HEALTH_NEVER_MS} ms) while a storm of PDFs of a long lab is rendered`, async () => {
  // The API's heap as in `npm start` and docker/.
  app = await startApp({ DATABASE_URL: databaseUrl, NODE_OPTIONS: '--max-old-space-size=256', ...ADMIN }, await freePort());
  const token = await signIn(app.base, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let labId: number;
  try {
    [labId] = await generate(client, { labs: 1, projectsPerLab: PROJECTS, indicatorsPerProject: 5, quarters: QUARTERS, milestonesPerProject: 8 });
  } finally {
    await client.end();
  }

  // One PDF first, of a quarter outside the storm: the render threads start and load pdfmake.
  const first = await getPdf(app.base, token, labId!, quarter(QUARTERS));
  expect(first.status).toBe(200);

  const health: { status: number; ms: number; at: number }[] = [];
  let storming = true;
  const began = Date.now();
  const poll = (async () => {
    while (storming) {
      const at = Date.now() - began;
      const res = await call(app!.base, 'GET', '/api/health', { timeoutMs: 30_000 });
      health.push({ status: res.status, ms: res.ms, at });
      await sleep(HEALTH_EVERY_MS);
    }
  })();
  const answers = await Promise.all(Array.from({ length: REQUESTS }, async (_, n) => {
    await sleep((n * RAMP_MS) / REQUESTS);
    return getPdf(app!.base, token, labId!, quarter(n % QUARTERS));
  }));
  const stormMs = Date.now() - began;
  storming = false;
  await poll;

  const statuses: Record<number, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const ms = health.map((h) => h.ms).sort((a, b) => a - b);
  const requestMs = answers.map((a) => a.ms).sort((a, b) => a - b);
  // Read back one PDF of each quarter (the requests for a quarter share one rendering).
  let pages = 0;
  for (let n = 0; n < QUARTERS; n++) {
    const a = answers[n]!;
    if (a.status !== 200 || !isPdf(a.bytes)) continue;
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(a.bytes)), { mergePages: true });
    expect(text.toLowerCase()).toContain(quarterNl(quarter(n)));
    pages = Math.max(pages, totalPages);
  }
  report('pdf-storm', {
    // Other work on the machine (1-minute load average, for its cores) shows in every figure here.
    loadAverage: +loadavg()[0]!.toFixed(1),
    projects: PROJECTS, pdfs: QUARTERS, requests: REQUESTS, requestsWithinMs: RAMP_MS, statuses, stormMs, pdfsPerSecond: +(QUARTERS / (stormMs / 1000)).toFixed(2),
    requestsPerSecond: +(REQUESTS / (stormMs / 1000)).toFixed(1), pdfPages: pages, pdfKb: Math.round(first.bytes.length / 1024),
    requestMs: { p50: percentile(requestMs, 50), max: requestMs.at(-1) },
    health: {
      answers: health.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1), over200: ms.filter((m) => m >= HEALTH_LIMIT_MS).length,
      slowest: [...health].sort((a, b) => b.ms - a.ms).slice(0, 3).map((h) => `${h.ms} ms at +${h.at} ms`),
    },
  });

  expect(statuses).toEqual({ 200: REQUESTS });
  expect(answers.filter((a) => !isPdf(a.bytes)).length).toBe(0);
  expect(pages).toBeGreaterThanOrEqual(PROJECTS / 2);
  expect(health.length).toBeGreaterThanOrEqual(10);
  expect(health.filter((h) => h.status !== 200)).toEqual([]);
  expect(percentile(ms, 95)).toBeLessThan(HEALTH_LIMIT_MS);
  expect(ms.at(-1)).toBeLessThan(HEALTH_NEVER_MS);
}, 180_000);
