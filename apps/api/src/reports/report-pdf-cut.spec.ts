import { extractText, getDocumentProxy } from 'unpdf';
import { assembleReport, type ReportRows } from './assemble-report';
import { pdfReport } from './report-pdf-cut';
import { renderReportPdf } from './report-pdf';

// A PDF names at most so many projects (PDF_MAX_PROJECTS, here a smaller limit): the first by code, the
// open measurements of those, a notice of how many more and where they are; totals count every project.

const PROJECTS = 7;
const LIMIT = 4;

function labReport() {
  const projects = Array.from({ length: PROJECTS }, (_, n) => ({ id: n + 1, code: `MW-${String(n + 1).padStart(2, '0')}`, title: `Project ${n + 1}`, phase: 'experiment', health: 'on_track' }));
  const indicators = projects.map((p) => ({
    id: 100 + p.id, projectId: p.id, name: `Indicator ${p.id}`, kind: 'outcome', unit: 'count', direction: 'increase', aggregation: 'sum', baseline: 0,
    baselineDate: '2016-01-01', target: 100, targetDate: '2016-12-31', measurementId: 200 + p.id,
    // Every project has an open measurement: the PDF lists those of the projects it names only.
    status: 'submitted', value: null, submittedAt: new Date('2016-10-02T09:00:00Z'), previousValue: null, approved: [],
  }));
  const rows = {
    lab: { id: 3, name: 'Groot lab', city: 'Amsterdam', smallNumberThreshold: 5 },
    projects, decisions: [], statuses: [], milestones: [], indicators, revisions: [], dimensions: [], agreements: [], schedules: [], themes: [],
    evidence: { definitions: [], adopting: new Map() },
  } as unknown as ReportRows;
  return assembleReport(rows, { period: '2016-Q3', quarterStart: '2016-07-01', quarterEnd: '2016-09-30', asOf: '2016-10-01', generatedAt: '2016-10-05T08:00:00.000Z' });
}

async function pdfText(buffer: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('pdfReport', () => {
  it('leaves a report within the limit as it is', () => {
    const r = labReport();
    expect(pdfReport(r, PROJECTS)).toBe(r);
  });

  it('keeps the first projects by code, their open measurements, and the full lengths', () => {
    const r = labReport();
    const cut = pdfReport(r, LIMIT);
    expect(cut.projects.map((p) => p.code)).toEqual(['MW-01', 'MW-02', 'MW-03', 'MW-04']);
    expect(cut.pending.map((p) => p.projectCode)).toEqual(['MW-01', 'MW-02', 'MW-03', 'MW-04']);
    expect(cut.pdfCut).toEqual({ projects: PROJECTS, pending: PROJECTS, payments: 0 });
    expect(cut.totals).toBe(r.totals);
    // Cutting again changes nothing (the render thread's document cuts what it was handed).
    expect(pdfReport(cut, 2)).toBe(cut);
  });
});

describe('the PDF of a lab over the limit', () => {
  it('names the first projects, says how many there are in all, and counts every project in its totals', async () => {
    const r = labReport();
    // As the render pool hands it to a thread: cut first, and the document keeps that cut.
    const text = await pdfText(await renderReportPdf(pdfReport(r, LIMIT)));
    for (const code of ['MW-01', 'MW-04']) expect(text).toContain(code);
    for (const code of ['MW-05', 'MW-07']) expect(text).not.toContain(code);
    expect(text).toContain('Deze PDF noemt de eerste 4 van de 7 projecten, op projectcode');
    expect(text).toContain('Hier staan de 4 openstaande metingen van de 4 projecten die deze PDF noemt, van 7 in het lab');
    // The lab totals: 7 in experiment, 7 open measurements.
    expect(r.totals.projectsByPhase.experiment).toBe(PROJECTS);
    expect(text).toMatch(/Experiment 7/);
  });

  it('has no notice when every project fits', async () => {
    const text = await pdfText(await renderReportPdf(labReport()));
    for (const code of ['MW-01', 'MW-07']) expect(text).toContain(code);
    expect(text).not.toContain('Deze PDF noemt de eerste');
  });
});
