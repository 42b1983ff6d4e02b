import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { jest } from '@jest/globals';
import { todayIso } from '@lab/domain';
import { DEMO_STORY_QUARTER, demoQuarter } from '../../apps/api/src/seed/demo-timeline';
import { binary } from '../support/golden-lab';
import { parseCsv } from '../support/csv';
import { createTestApp, type TestApp } from '../support/test-app';

// The council gets the same figures and words whichever file it opens: the demo lab's showcase quarter is
// read back from its PDF (text), XLSX (cells) and CSV (both dialects, parsed) and compared with the JSON the
// report page is drawn from: the totals, each project's phase and indicators on track, and every payment.
// REPORT_PDF_OUT=/tmp/x.pdf saves the PDF to look at.

jest.setTimeout(60_000);
const QUARTER = demoQuarter(DEMO_STORY_QUARTER, todayIso());

/** The dashboard's Dutch words for the phases (apps/admin enums.phase). */
const PHASE_WORDS: Record<string, string> = { scenario: 'Scenario', experiment: 'Experiment', rollout: 'Uitrol', stopped: 'Gestopt' };
const HEALTH_WORDS: Record<string, string> = { on_track: 'Op koers', at_risk: 'Risico', off_track: 'Uit koers' };

interface Indicator { onTrack: boolean | null; pending: boolean; status: string | null }
interface Project { id: number; code: string; title: string; phase: string; health: string; indicators: Indicator[] }
interface Payment { agreementId: number; projectCode: string; dueCents: number; paidToDateCents: number; remainingCents: number }
interface Report {
  generatedAt: string;
  totals: { projects: number; decisions: number; indicators: { total: number; onTrack: number }; payments: { dueCents: number; paidToDateCents: number; maxPaymentCents: number } };
  projects: Project[];
  payments: Payment[];
}

const onTrackOf = (p: Project) => p.indicators.filter((i) => i.onTrack === true).length;
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(cents / 100).replace(/\s/g, ' ');
const amsterdam = (iso: string) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { day: `${p.day}-${p.month}-${p.year}`, time: `${p.hour}:${p.minute}` };
};

let t: TestApp;
let labId: number;
let report: Report;
const file = async (query: string) => {
  const res = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}&${query}`).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  return res.body as Buffer;
};

beforeAll(async () => {
  t = await createTestApp({ demoData: true });
  [{ id: labId }] = (await t.http.get('/api/labs')).body;
  report = (await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}`)).body;
}, 120_000);
afterAll(async () => { await t?.close(); }, 60_000);

describe(`the demo lab's report of ${QUARTER} in every format`, () => {
  it('has projects with and without indicators on track, and a payment, to compare', () => {
    expect(report.totals.indicators.onTrack).toBeGreaterThan(0);
    // Indicators without a verdict (no target or no approved value): the PDF once counted them out of the whole.
    expect(report.projects.flatMap((p) => p.indicators).some((i) => i.onTrack === null)).toBe(true);
    expect(report.payments.length).toBeGreaterThan(0);
  });

  it('PDF: the same totals, per-project indicators on track, phases, payments and Amsterdam time, in Dutch', async () => {
    const pdf = await file('format=pdf');
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    const t0 = report.totals;
    // The key figure: on track out of every indicator, as the page shows it and the PDF's own totals table.
    expect(flat).toContain(`${t0.indicators.onTrack} / ${t0.indicators.total} Indicatoren op koers`);
    expect(flat).toContain(`Totaal ${t0.indicators.total}`);
    expect(flat).toContain(`${t0.decisions} fasebesluit${t0.decisions === 1 ? '' : 'en'} dit kwartaal`);
    expect(flat).toContain(euro(t0.payments.dueCents));
    expect(flat).toContain(euro(t0.payments.paidToDateCents));

    // The overview: each project's row carries its phase in the dashboard's word and its x/y on track.
    let at = flat.indexOf('Overzicht van de projecten');
    expect(at).toBeGreaterThan(0);
    for (const [n, p] of report.projects.entries()) {
      const start = flat.indexOf(`${p.code} `, at);
      expect(start).toBeGreaterThan(at);
      const next = report.projects[n + 1];
      const row = flat.slice(start, next ? flat.indexOf(`${next.code} `, start) : start + 300);
      expect(row).toContain(PHASE_WORDS[p.phase]);
      expect(row).toContain(HEALTH_WORDS[p.health]);
      if (p.indicators.length) expect(row).toMatch(new RegExp(` ${onTrackOf(p)}/${p.indicators.length}( |$)`));
      at = start;
    }
    for (const c of report.payments) expect(flat).toContain(euro(c.dueCents));

    // One vocabulary: no word the product does not use, no English, no UTC, no word broken in two.
    for (const wrong of ['Opschaling', 'gate-besluit', 'Gate-besluit', 'UTC']) expect(flat).not.toContain(wrong);
    const { day, time } = amsterdam(report.generatedAt);
    expect(flat).toContain(`samengesteld op ${day} om ${time}`);
    for (const i of report.projects.flatMap((p) => p.indicators).filter((x) => x.pending)) {
      const word = { draft: 'concept', submitted: 'ingediend', returned: 'teruggestuurd' }[i.status!]!;
      expect(flat).toContain(word);
    }
  });

  it('XLSX: the same totals, per-project phase and indicators on track, and payments', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await file('format=xlsx') as unknown as ArrayBuffer);
    const byField = new Map<string, unknown>();
    wb.getWorksheet('Samenvatting')!.eachRow((row) => byField.set(String(row.getCell(3).value), row.getCell(2).value));
    const t0 = report.totals;
    expect(byField.get('totals.projects')).toBe(t0.projects);
    expect(byField.get('totals.indicators.onTrack')).toBe(t0.indicators.onTrack);
    expect(byField.get('totals.indicators.total')).toBe(t0.indicators.total);
    expect(Math.round(Number(byField.get('totals.payments.dueCents')) * 100)).toBe(t0.payments.dueCents);
    expect(Math.round(Number(byField.get('totals.payments.paidToDateCents')) * 100)).toBe(t0.payments.paidToDateCents);

    const projects = wb.getWorksheet('Projecten')!;
    const header = (projects.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    expect(col('Indicatoren op koers')).toBeGreaterThan(0);
    for (const [n, p] of report.projects.entries()) {
      const row = projects.getRow(n + 2);
      expect(row.getCell(col('Code')).value).toBe(p.code);
      expect(row.getCell(col('Fase')).value).toBe(PHASE_WORDS[p.phase]);
      expect(row.getCell(col('Indicatoren op koers')).value).toBe(onTrackOf(p));
      expect(row.getCell(col('Indicatoren')).value).toBe(p.indicators.length);
    }
    const payments = wb.getWorksheet('Betalingen')!;
    for (const [n, c] of report.payments.entries()) {
      const row = payments.getRow(n + 2);
      expect(row.getCell(2).value).toBe(c.agreementId);
      expect(Math.round(Number(row.getCell(12).value) * 100)).toBe(c.dueCents);
    }
  });

  it('CSV for Dutch Excel: semicolons, a BOM, Dutch headings and words, euros with a decimal comma, Amsterdam time', async () => {
    const bytes = await file('format=csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1), ';');
    expect(rows[0]).toEqual(['Onderdeel', 'Projectcode', 'Project', 'Id', 'Naam', 'Veld', 'Waarde']);
    for (const r of rows) expect(r).toHaveLength(7);
    const text = bytes.toString('utf8');
    for (const code of ['at_risk', 'on_track', 'rollout', 'outcome_contract', 'true', 'false']) expect(text).not.toMatch(new RegExp(`;${code}\\r\\n`));
    const total = (label: string) => rows.find((r) => r[0] === 'Totalen' && r[5] === label)?.[6];
    const cents = (s: string | undefined) => Math.round(Number(s!.replace(',', '.')) * 100);
    const t0 = report.totals;
    expect(total('Projecten')).toBe(String(t0.projects));
    expect(total('Indicatoren op koers')).toBe(String(t0.indicators.onTrack));
    expect(total('Indicatoren')).toBe(String(t0.indicators.total));
    // Euros as Dutch Excel reads a number: digits, a decimal comma, two decimals, no thousands separator.
    expect(total('Resultaatbetaling dit kwartaal (euro)')).toMatch(/^-?\d+,\d{2}$/);
    expect(cents(total('Resultaatbetaling dit kwartaal (euro)'))).toBe(t0.payments.dueCents);
    expect(cents(total('Betaald tot en met dit kwartaal (euro)'))).toBe(t0.payments.paidToDateCents);
    const { day, time } = amsterdam(report.generatedAt);
    expect(total('Samengesteld op')).toBe(`${day} ${time}`);
    for (const p of report.projects) {
      const field = (label: string) => rows.find((r) => r[0] === 'Project' && r[1] === p.code && r[5] === label)?.[6];
      expect(field('Fase (einde kwartaal)')).toBe(PHASE_WORDS[p.phase]);
      expect(field('Status')).toBe(HEALTH_WORDS[p.health]);
      expect(field('Indicatoren op koers')).toBe(String(onTrackOf(p)));
    }
    for (const c of report.payments) {
      const due = rows.find((r) => r[0] === 'Resultaatbetaling' && r[3] === String(c.agreementId) && r[5] === 'Te betalen dit kwartaal (euro)')?.[6];
      expect(cents(due)).toBe(c.dueCents);
    }
    // A share as a percentage with a decimal comma, a yes/no in Dutch.
    expect(total('Aandeel mijlpalen op tijd') ?? '').toMatch(/^(\d+(,\d+)?%)?$/);
    expect(rows.filter((r) => r[0] === 'Indicator' && r[5] === 'Op koers').every((r) => ['ja', 'nee', ''].includes(r[6]!))).toBe(true);
  });

  it('CSV for other systems (dialect=machine): commas, the JSON field names and codes, cents and ISO UTC', async () => {
    const bytes = await file('format=csv&dialect=machine');
    const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''), ',');
    expect(rows[0]).toEqual(['section', 'projectCode', 'projectTitle', 'itemId', 'item', 'field', 'value']);
    const total = (field: string) => rows.find((r) => r[0] === 'totals' && r[5] === field)?.[6];
    const t0 = report.totals;
    expect(total('indicators.onTrack')).toBe(String(t0.indicators.onTrack));
    expect(total('indicators.total')).toBe(String(t0.indicators.total));
    expect(total('payments.dueCents')).toBe(String(t0.payments.dueCents));
    expect(total('generatedAt')).toBe(report.generatedAt);
    for (const p of report.projects) {
      expect(rows.find((r) => r[0] === 'project' && r[1] === p.code && r[5] === 'phase')?.[6]).toBe(p.phase);
      expect(rows.find((r) => r[0] === 'project' && r[1] === p.code && r[5] === 'indicatorsOnTrack')?.[6]).toBe(String(onTrackOf(p)));
    }
    for (const c of report.payments) {
      expect(rows.find((r) => r[0] === 'payment' && r[3] === String(c.agreementId) && r[5] === 'dueCents')?.[6]).toBe(String(c.dueCents));
    }
  });

  it('refuses an unknown dialect, or a dialect for another format, with a 400 naming the field', async () => {
    const bad = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}&format=csv&dialect=excel`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.dialect).toMatch(/nl, machine/);
    const notCsv = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=${QUARTER}&format=pdf&dialect=machine`);
    expect(notCsv.status).toBe(400);
    expect(notCsv.body.errors.dialect).toMatch(/format=csv/);
  });
});
