import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quarterOfDate, TEMPLATE_ROWS, todayIso } from '@lab/domain';
import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// An administrator imports a quarter from the spreadsheet on the quarterly entry of a demo project: a file with
// one refused row shows the refusal in the preview, and applying it saves nothing and says so; the file put
// right is saved, and the entry shows the imported values. The lab's page offers the whole lab's template.
const demo = useDemoHarness();

type Body = Record<string, any>;
const filter = (f: object) => encodeURIComponent(JSON.stringify(f));
const dir = mkdtempSync(join(tmpdir(), 'quarter-import-'));

async function templateOf(url: string): Promise<Buffer> {
  const token = (await demo.h.session('admin')).token;
  const res = await demo.h.t.http.get(url).set('Authorization', `Bearer ${token}`).buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

/** The template with values typed in, per indicator row (in the template's order), saved as a file to upload. */
async function filled(bytes: Buffer, sheet: string, values: (number | string)[], name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const keys = ws.getRow(TEMPLATE_ROWS.keys).values as unknown[];
  values.forEach((v, n) => { ws.getRow(TEMPLATE_ROWS.first + n).getCell(keys.indexOf('value')).value = v; });
  ws.getCell(TEMPLATE_ROWS.health, 2).value = 'Op koers';
  ws.getCell(TEMPLATE_ROWS.narrative, 2).value = 'Ingevuld in Excel en geïmporteerd.';
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

it('an administrator imports a file with one refused row: the preview shows it, applying saves nothing; the file put right is saved', async () => {
  const token = (await demo.h.session('admin')).token;
  const get = async (path: string) => (await demo.h.t.http.get(path).set('Authorization', `Bearer ${token}`)).body;
  const [project] = await get(`/api/projects?filter=${filter({ code: 'MW-05' })}`);
  const period = quarterOfDate(todayIso());
  const entry = await get(`/api/projects/${project.id}/quarters/${period}`);
  const editable = (entry.indicators as Body[]).filter((i) => i.editable);
  expect(editable.length).toBeGreaterThanOrEqual(2);
  const bytes = await templateOf(`/api/projects/${project.id}/quarters/${period}/template.xlsx`);
  // A value for every indicator in the unit's range, but the first one as a fraction: a count, so refused.
  const good = entry.indicators.map((i: Body) => (i.unit === 'percent' ? 55 : 12));
  const firstCount = (entry.indicators as Body[]).findIndex((i) => i.unit === 'count');
  expect(firstCount).toBeGreaterThanOrEqual(0);
  const bad = good.map((v: number, n: number) => (n === firstCount ? '2,5' : v));
  const badFile = await filled(bytes, 'MW-05', bad, 'met-fout.xlsx');
  const goodFile = await filled(bytes, 'MW-05', good, 'goed.xlsx');

  const page = await demo.open('admin');
  await page.goto(`${demo.h.baseUrl}/#/projects/${project.id}/quarters/${period}`);
  await page.getByRole('button', { name: 'Downloaden als Excel' }).waitFor();
  await page.getByRole('button', { name: 'Importeren uit Excel' }).waitFor();
  await page.getByTestId('quarter-import-file-projects').setInputFiles(badFile);

  const preview = page.getByTestId('quarter-import-preview');
  await preview.waitFor();
  await preview.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();
  const refused = preview.locator('[data-testid="quarter-import-row"][data-state="refused"]');
  await expect(refused.count()).resolves.toBe(1);
  await refused.getByText(entry.indicators[firstCount].name).waitFor();
  // In the entry screen's words, in Dutch.
  await refused.getByTestId('quarter-import-reason').getByText('Een aantal: een heel getal, niet negatief.', { exact: false }).waitFor();
  await expect(preview.locator('[data-testid="quarter-import-row"][data-state="new"]').count()).resolves.toBe(entry.indicators.length);
  await screenshot(page, 'quarter-import-preview-refused');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan als concept' }).click();
  const result = page.getByTestId('quarter-import-result');
  await result.waitFor();
  await result.getByText(/^Niets opgeslagen: 1 rij\(en\) geweigerd/).waitFor();
  await expect(result.getAttribute('data-applied')).resolves.toBe('false');
  await screenshot(page, 'quarter-import-result-refused');
  // The refused apply answered 422 (the browser logs it); nothing was saved.
  expect(demo.h.problems().every((p) => p.includes('422'))).toBe(true);
  expect((await get(`/api/projects/${project.id}/quarters/${period}`)).indicators.map((i: Body) => i.measurement)).toEqual(entry.indicators.map((i: Body) => i.measurement));

  await page.getByTestId('quarter-import-file-projects').setInputFiles(goodFile);
  await preview.waitFor();
  await expect(preview.locator('[data-testid="quarter-import-row"][data-state="refused"]').count()).resolves.toBe(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan als concept' }).click();
  await result.getByText(/^Opgeslagen: \d+ nieuw/).waitFor();
  await expect(result.getAttribute('data-applied')).resolves.toBe('true');
  await screenshot(page, 'quarter-import-result-saved');
  const after = await get(`/api/projects/${project.id}/quarters/${period}`);
  expect(after.indicators.map((i: Body) => [i.measurement?.value, i.measurement?.status])).toEqual(good.map((v: number) => [v, 'draft']));
  expect(after.statusUpdate).toMatchObject({ health: 'on_track', narrative: 'Ingevuld in Excel en geïmporteerd.' });
  // The entry itself shows the imported values.
  await page.getByTestId(`quarter-indicator-${entry.indicators[0].id}`).getByRole('textbox').first().waitFor();
  await expect(page.getByTestId(`quarter-indicator-${entry.indicators[0].id}`).getByRole('textbox').first().inputValue()).resolves.toBe(String(good[0]));
});

it('the lab\'s page offers an administrator the whole lab\'s template and import', async () => {
  const token = (await demo.h.session('admin')).token;
  const [lab] = (await demo.h.t.http.get('/api/labs?range=[0,0]').set('Authorization', `Bearer ${token}`)).body;
  const page = await demo.open('admin');
  await page.goto(`${demo.h.baseUrl}/#/labs/${lab.id}/show`);
  const section = page.getByTestId('quarter-import-labs');
  await section.getByRole('button', { name: 'Sjabloon van het hele lab (Excel)' }).waitFor();
  await section.getByRole('button', { name: 'Lab importeren uit Excel' }).waitFor();
  await screenshot(page, 'quarter-import-lab');
});
