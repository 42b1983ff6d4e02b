import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { binary, GOLDEN_QUARTER, type GoldenLab, sha256, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// A file says what it is: a frozen version's PDF and XLSX name their version, when (Amsterdam time) and by
// whom they were frozen, and the checksum of their data; a live download says on every PDF page and at the
// top of its first sheet that it is a draft ("concept, niet bevroren").

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const DRAFT = 'Concept, niet bevroren';
const get = async (path: string) => {
  const res = await t.http.get(path).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  return res.body as Buffer;
};
const live = (format: string) => get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}&format=${format}`);
const version = (id: number, format: string) => get(`/api/reports/quarterly/versions/${id}?format=${format}`);

/** The text of each page, whitespace folded. */
async function pages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return (text as string[]).map((p) => p.replace(/\s+/g, ' '));
}

/** The first sheet's rows as [label, value]. */
async function firstSheet(xlsx: Buffer): Promise<[string, unknown][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: [string, unknown][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push([String(row.getCell(1).value), row.getCell(2).value]));
  return rows;
}

const amsterdam = (iso: string) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} om ${p.hour}:${p.minute}`;
};

describe('a live download', () => {
  it('PDF: every page says it is a draft', async () => {
    const texts = await pages(await live('pdf'));
    expect(texts.length).toBeGreaterThan(1);
    for (const page of texts) expect(page).toContain(DRAFT);
    expect(texts.join(' ')).not.toMatch(/Bevroren versie/);
  });

  it('XLSX: the first sheet opens with the draft mark', async () => {
    const rows = await firstSheet(await live('xlsx'));
    expect(rows[1]).toEqual(['Status van dit bestand', DRAFT]);
  });
});

describe('a frozen version', () => {
  let v: { id: number; version: number; frozenAt: string; frozenByName: string; dataSha256: string };
  beforeAll(async () => {
    const res = await t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER });
    expect(res.status).toBe(201);
    v = res.body;
  });

  it('has the checksum of the data it serves, and the name of who froze it', async () => {
    expect(v.dataSha256).toBe(sha256(await version(v.id, 'json')));
    expect(v.frozenByName).toBe('Test admin');
  });

  it('PDF: every page names the version; the first when and by whom it was frozen and the data checksum', async () => {
    const texts = await pages(await version(v.id, 'pdf'));
    for (const page of texts) {
      expect(page).toContain(`Bevroren versie ${v.version}`);
      expect(page).not.toContain(DRAFT);
    }
    expect(texts[0]).toContain(`Versie ${v.version}, bevroren op ${amsterdam(v.frozenAt)} door Test admin.`);
    expect(texts[0]).toContain(`Controlegetal van de gegevens (SHA-256): ${v.dataSha256}`);
  });

  it('XLSX: the first sheet opens with the version, when and by whom, and the data checksum', async () => {
    const rows = await firstSheet(await version(v.id, 'xlsx'));
    expect(rows.slice(1, 5)).toEqual([
      ['Status van dit bestand', `Bevroren versie ${v.version}`],
      ['Bevroren op (Amsterdamse tijd)', amsterdam(v.frozenAt)],
      ['Bevroren door', 'Test admin'],
      ['Controlegetal van de gegevens (SHA-256)', v.dataSha256],
    ]);
    expect(rows.flat()).not.toContain(DRAFT);
  });

  it('freezing again stamps the next version', async () => {
    const res = await t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER });
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(v.version + 1);
    const texts = await pages(await version(res.body.id, 'pdf'));
    expect(texts[0]).toContain(`Versie ${v.version + 1}, bevroren op ${amsterdam(res.body.frozenAt)} door Test admin.`);
  });
});

describe('a frozen version\'s CSV', () => {
  it('is the Dutch one it was frozen with; another dialect answers 400 naming dialect', async () => {
    const [v] = (await t.http.get(`/api/reports/quarterly/versions?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}`)).body;
    const csv = (await version(v.id, 'csv')).toString('utf8');
    expect(csv.slice(1).split('\r\n')[0]).toBe('Onderdeel;Projectcode;Project;Id;Naam;Veld;Waarde');
    const res = await t.http.get(`/api/reports/quarterly/versions/${v.id}?format=csv&dialect=machine`);
    expect(res.status).toBe(400);
    expect(res.body.errors.dialect).toMatch(/format=json/);
  });
});
