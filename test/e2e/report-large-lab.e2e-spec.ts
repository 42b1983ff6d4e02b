import { jest } from '@jest/globals';
import { extractText, getDocumentProxy } from 'unpdf';
import { COMPACT_FROM_PROJECTS } from '../../apps/api/src/reports/report-pdf';
import { create, valid } from '../support/factories';
import { binary } from '../support/golden-lab';
import { createTestApp, type TestApp } from '../support/test-app';

// A lab of COMPACT_FROM_PROJECTS projects gets the compact PDF: one heading line and one paragraph of
// indicators per project, broken into lines before pdfmake sets them (report-pdf-lines.ts). Every project
// and every indicator must still be in it, the long ones too.

jest.setTimeout(120_000);

let t: TestApp;
let labId: number;
const LONG_TITLE = 'Een bijzonder lange projecttitel die met zijn fase, status en mijlpalen niet op één regel past in de compacte rapportage';
beforeAll(async () => {
  t = await createTestApp();
  labId = (await create(t, 'labs', valid.lab())).id;
  for (let n = 0; n < COMPACT_FROM_PROJECTS; n++) {
    const project = await create(t, 'projects', valid.project(labId, { code: `GR-${String(n).padStart(3, '0')}`, title: n === 7 ? LONG_TITLE : `Project ${n}` }));
    for (let i = 0; i < 3; i++) {
      const indicator = await create(t, 'indicators', valid.indicator(project.id, { name: `Indicator ${n}.${i}` }));
      // Open measurements on the first two projects: a draft, and submitted ones.
      if (n < 2) {
        const m = await create(t, 'measurements', valid.measurement(indicator.id, { period: '2016-Q3', value: 5 }));
        if (i > 0) expect((await t.http.post(`/api/measurements/${m.id}/submit`).send({})).status).toBe(200);
      }
    }
  }
}, 300_000);
afterAll(async () => { await t?.close(); }, 60_000);

it('lists every project and every indicator in the compact PDF', async () => {
  const res = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=2016-Q3&format=pdf`).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(res.body as Buffer)), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(totalPages).toBeGreaterThan(2);
  for (let n = 0; n < COMPACT_FROM_PROJECTS; n++) {
    expect(flat).toContain(`GR-${String(n).padStart(3, '0')}`);
    for (let i = 0; i < 3; i++) expect(flat).toContain(`Indicator ${n}.${i}: ${n < 2 ? 'meting' : 'geen waarde'}`);
  }
  expect(flat).toContain(LONG_TITLE);
});

it('lists the open measurements as a paragraph per project', async () => {
  const res = await t.http.get(`/api/reports/quarterly?lab=${labId}&quarter=2016-Q3&format=pdf`).buffer(true).parse(binary);
  const flat = (await extractText(await getDocumentProxy(new Uint8Array(res.body as Buffer)), { mergePages: true })).text.replace(/\s+/g, ' ');
  const submitted = /Indicator 0\.1 \(ingediend \d\d-\d\d-\d{4}\) · Indicator 0\.2 \(ingediend \d\d-\d\d-\d{4}\)/;
  expect(flat).toMatch(new RegExp(`GR-000: Indicator 0\\.0 \\(concept\\) · ${submitted.source}`));
  expect(flat).toMatch(/GR-001: Indicator 1\.0 \(concept\) · Indicator 1\.1 \(ingediend/);
  expect(flat).not.toMatch(/GR-002: Indicator/);
});
