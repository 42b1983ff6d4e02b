import { writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { todayIso } from '@lab/domain';
import { DEMO_STORY_QUARTER, demoQuarter } from '../../apps/api/src/seed/demo-timeline';
import { createTestApp, type TestApp } from '../support/test-app';
import { jest } from '@jest/globals';

// The demo lab's showcase quarter: approved figures, a pending measurement, a target revision in force and
// an outcome payment due, all in one report. REPORT_PDF_OUT=/tmp/x.pdf saves its PDF to look at.
const QUARTER = demoQuarter(DEMO_STORY_QUARTER, todayIso());
const QUARTER_IN_WORDS = `${['Eerste', 'Tweede', 'Derde', 'Vierde'][Number(QUARTER.slice(-1)) - 1]} kwartaal ${QUARTER.slice(0, 4)}`;

// jest's testTimeout is a global option: when the unit and e2e projects run together the 5 s default applies.
jest.setTimeout(60_000);

let t: TestApp;
let labId: number;
beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  [{ id: labId }] = (await t.http.get('/api/labs')).body;
}, 120_000);
afterAll(async () => { await t?.close(); }, 60_000);

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe(`the demo lab's report of ${QUARTER}`, () => {
  it('shows approved figures, a pending measurement, a target revision in force and an outcome payment', async () => {
    const res = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.projects).toHaveLength(14);
    const lines = r.projects.flatMap((p: { indicators: unknown[] }) => p.indicators);
    expect(lines.filter((i: { value: number | null }) => i.value !== null).length).toBeGreaterThan(5);
    expect(r.pending.length).toBeGreaterThan(0);
    expect(r.totals.pendingMeasurements).toBe(r.pending.length);
    expect(lines.some((i: { targetRevised: boolean }) => i.targetRevised)).toBe(true);
    expect(r.totals.payments.dueCents).toBeGreaterThan(0);
    expect(r.payments.some((p: { dueCents: number }) => p.dueCents > 0)).toBe(true);
  });

  it('renders a PDF whose text carries the lab, the quarter and the key figures', async () => {
    const report = (await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`)).body;
    const res = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}&format=pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${labId}-${QUARTER}.pdf"`);
    const pdf = res.body as Buffer;
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(totalPages).toBeGreaterThan(3);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kwartaalrapportage');
    expect(flat).toContain('Participatielab Meedoen Werkt!');
    expect(flat).toContain(QUARTER_IN_WORDS);
    expect(flat).toContain('Openstaande metingen');
    for (const p of report.projects) expect(flat).toContain(p.code);
  });
});
