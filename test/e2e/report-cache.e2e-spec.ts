import { binary, GOLDEN_QUARTER, sha256, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// The live quarterly report is kept in memory until the data behind it changes (ReportFilesService): a
// repeat costs nothing, simultaneous requests share one computation, every format is rendered from that
// one report, and any committed change — to a figure, a project, or a name the report prints — is in the
// very next report.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const url = (extra = '') => `/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}${extra}`;
const json = async () => {
  const res = await t.http.get(url());
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.body as { generatedAt: string; projects: { id: number; title: string; agreements: { organisationName: string }[] }[] };
};
const pdf = async () => {
  const res = await t.http.get(url('&format=pdf')).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  return res.body as Buffer;
};

async function rename(resource: string, id: number, field: string, value: string) {
  const current = await t.http.get(`/api/${resource}/${id}`);
  const res = await t.http.put(`/api/${resource}/${id}`).send({ ...current.body, [field]: value });
  expect(res.status).toBe(200);
}

it('serves a repeat of the same report from memory', async () => {
  const first = await json();
  const again = await json();
  expect(again.generatedAt).toBe(first.generatedAt);
  expect(again).toEqual(first);
});

it('computes simultaneous requests once: every answer is the same computation', async () => {
  await rename('projects', g.projects.b.id, 'title', 'Gelijktijdig gevraagd');
  const answers = await Promise.all(Array.from({ length: 8 }, () => json()));
  expect(new Set(answers.map((a) => a.generatedAt)).size).toBe(1);
  expect(answers[0].projects.find((p) => p.id === g.projects.b.id)?.title).toBe('Gelijktijdig gevraagd');
  const files = await Promise.all(Array.from({ length: 4 }, () => pdf()));
  expect(new Set(files.map((f) => sha256(f))).size).toBe(1);
  expect(files[0].subarray(0, 5).toString()).toBe('%PDF-');
});

it('renders the files from the report the page shows: one computation, not one per format', async () => {
  await rename('projects', g.projects.b.id, 'title', 'Eén berekening voor elk formaat');
  const page = await json();
  const csv = await t.http.get(url('&format=csv&dialect=machine')).buffer(true).parse(binary);
  expect(csv.status).toBe(200);
  expect((csv.body as Buffer).toString('utf8')).toContain(`,generatedAt,${page.generatedAt}\r\n`);
});

it('shows a change to a project in the next report, in every format', async () => {
  const before = await json();
  const pdfBefore = await pdf();
  await rename('projects', g.projects.a.id, 'title', 'Nieuwe titel na wijziging');
  const after = await json();
  expect(after.generatedAt).not.toBe(before.generatedAt);
  expect(after.projects.find((p) => p.id === g.projects.a.id)?.title).toBe('Nieuwe titel na wijziging');
  expect(sha256(await pdf())).not.toBe(sha256(pdfBefore));
});

it('shows a renamed organisation in the next report (organisations move the change counter too)', async () => {
  await json();
  await rename('organisations', g.org.id, 'name', 'Stichting Nieuwe Naam');
  const names = (await json()).projects.flatMap((p) => p.agreements.map((a) => a.organisationName));
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names)).toEqual(new Set(['Stichting Nieuwe Naam']));
});

it('keeps no failed answer: an unknown lab is a 404 every time, and the real one still works', async () => {
  for (let i = 0; i < 2; i++) {
    const res = await t.http.get(`/api/reports/quarterly?lab=999999&quarter=${GOLDEN_QUARTER}`);
    expect(res.status).toBe(404);
  }
  expect((await json()).projects.length).toBeGreaterThan(0);
});
