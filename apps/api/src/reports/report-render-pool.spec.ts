import { DomainError, type QuarterlyReport } from '@lab/domain';
import { assembleReport } from './assemble-report';
import { renderReport } from './report-files';
import { DEFAULT_RENDER_POOL, ReportRenderPool } from './report-render-pool';

// The render pool with its real worker threads (under jest, the worker compiles the TypeScript sources).

const report = assembleReport({
  lab: { id: 3, name: 'Werklab', city: 'Amsterdam', smallNumberThreshold: 5 },
  projects: [
    { id: 1, code: 'MW-01', title: 'Werk als medicijn', phase: 'experiment', health: 'on_track' },
    { id: 2, code: 'MW-02', title: 'Buurtkamers', phase: 'scenario', health: 'at_risk' },
  ],
  decisions: [],
  statuses: [{ projectId: 1, health: 'on_track', narrative: 'Goed kwartaal.', submittedAt: new Date('2016-10-02T09:00:00Z') }],
  milestones: [{ id: 1, projectId: 1, title: 'Werving', phase: 'experiment', dueDate: '2016-08-01', status: 'done', completedDate: '2016-07-20' }],
  indicators: [{
    id: 11, projectId: 1, name: 'Aan het werk', kind: 'outcome', unit: 'count', direction: 'increase', aggregation: 'sum', baseline: 0,
    baselineDate: '2016-01-01', target: 100, targetDate: '2016-12-31', measurementId: 41, status: 'approved', value: 40, submittedAt: null,
    previousValue: 30, approved: [30, 40],
  }],
  revisions: [],
  dimensions: [],
  agreements: [],
  schedules: [],
  themes: [],
  evidence: { definitions: [], adopting: new Map() },
}, { period: '2016-Q3', quarterStart: '2016-07-01', quarterEnd: '2016-09-30', asOf: '2016-10-01', generatedAt: '2016-10-05T08:00:00.000Z' });

let pool: ReportRenderPool;
beforeEach(() => { pool = new ReportRenderPool(); });
afterEach(() => pool.onApplicationShutdown());

it('renders the files in a worker thread, from a clone of the report, as on this thread', async () => {
  const [pdf, xlsx, csv] = await Promise.all([pool.render(report, 'pdf'), pool.render(report, 'xlsx'), pool.render(report, 'csv')]);
  expect(csv).toEqual(await renderReport(report, 'csv'));
  expect(Buffer.isBuffer(pdf.bytes)).toBe(true);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
  expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: 'kwartaalrapportage-3-2016-Q3.pdf' });
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // JSON is serialised on this thread.
  expect(await pool.render(report, 'json')).toEqual(await renderReport(report, 'json'));
});

it('refuses a file beyond the bounded queue with UNAVAILABLE, and takes files again once it has room', async () => {
  const taken = Array.from({ length: DEFAULT_RENDER_POOL.maxRenders }, () => pool.render(report, 'csv'));
  const refused = await pool.render(report, 'csv').catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DomainError);
  expect(refused).toMatchObject({ code: 'UNAVAILABLE', message: 'Too many report files are being made right now; try again in a few seconds.' });
  expect(new Set((await Promise.all(taken)).map((f) => f.bytes.toString('utf8'))).size).toBe(1);
  expect((await pool.render(report, 'csv')).contentType).toBe('text/csv; charset=utf-8');
});

it('counts a report once however many of its files are being made, and refuses another big one meanwhile', async () => {
  // 130,000 lines at 0.4 kB each (reportKb): some 52 MB, more than half the pool's bound. Their renders fail
  // in the thread (the lines are empty): what matters is which are taken on and which are refused.
  const big = () => ({ ...report, pending: new Array(130_000).fill(null) }) as unknown as QuarterlyReport;
  const [a, b] = [big(), big()];
  const outcome = (p: Promise<unknown>) => p.then(() => 'made', (e: unknown) => (e instanceof DomainError ? e.code : 'taken, failed'));
  const first = outcome(pool.render(a, 'csv'));
  const sameReport = outcome(pool.render(a, 'xlsx'));
  expect(await outcome(pool.render(b, 'csv'))).toBe('UNAVAILABLE');
  expect(await Promise.all([first, sameReport])).toEqual(['taken, failed', 'taken, failed']);
  // Once a's files are done, b is taken on.
  expect(await outcome(pool.render(b, 'csv'))).toBe('taken, failed');
});

it('makes no more files once the application shuts down', async () => {
  await pool.render(report, 'csv');
  await pool.onApplicationShutdown();
  await expect(pool.render(report, 'csv')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
});
