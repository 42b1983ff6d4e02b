import { inflateSync } from 'node:zlib';
import { assembleReport } from './assemble-report';
import { renderReportPdf } from './report-pdf';

// The report's PDF is tagged for accessibility (PDF/UA): its language, its title shown as the window title,
// and a structure of headings, paragraphs and tables in which every text drawn is marked content, while the
// page furniture is an artifact.

const report = assembleReport({
  lab: { id: 3, name: 'Werklab', city: 'Amsterdam', smallNumberThreshold: 5 },
  projects: [
    { id: 1, code: 'MW-01', title: 'Werk als medicijn', phase: 'rollout', health: 'on_track' },
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

/** The PDF's page content streams, inflated. */
function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/\/Filter \/FlateDecode[^]*?>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // A font file or image, not a content stream.
    }
  }
  // Page content is plain PDF operators (text as hex glyph ids); a font file is binary.
  return out.filter((s) => /\bBT\b/.test(s) && /^[\t\n\r\x20-\x7e]*$/.test(s));
}

let pdf: Buffer;
let raw: string;
beforeAll(async () => {
  pdf = await renderReportPdf(report);
  raw = pdf.toString('latin1');
}, 30_000);

describe('the quarterly report PDF (PDF/UA)', () => {
  it('declares its language, its title to be displayed, PDF/UA and marked content', () => {
    expect(raw).toMatch(/^%PDF-1\.7/);
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Title \d+ 0 R/);
    expect(raw).toContain('(Kwartaalrapportage Werklab 2016-Q3');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('has a structure tree with one H1, H2 and H3 headings, paragraphs, a list and tables with header cells', () => {
    expect(raw).toMatch(/\/Type \/StructTreeRoot/);
    const roles = [...raw.matchAll(/\/S \/(\w+)/g)].map((m) => m[1]!);
    expect(roles.filter((r) => r === 'Document')).toHaveLength(1);
    expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
    for (const role of ['H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody', 'Figure']) expect(roles).toContain(role);
    // The charts carry a description for a screen reader.
    expect(raw).toMatch(/\/Alt \(Staafdiagram van de projecten per fase/);
  });

  it('draws every text inside marked content, and the page headers and footers as artifacts', () => {
    const streams = contentStreams(pdf);
    expect(streams.length).toBeGreaterThan(1);
    for (const s of streams) {
      let depth = 0;
      for (const m of s.matchAll(/\b(BDC|BMC|EMC|BT)\b/g)) {
        const op = m[1];
        if (op === 'BDC' || op === 'BMC') depth++;
        else if (op === 'EMC') depth--;
        else if (depth <= 0) throw new Error(`text outside marked content: ${s.slice(Math.max(0, m.index! - 400), m.index! + 100)}`);
      }
      expect(depth).toBe(0);
      expect(s).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
    }
    expect(streams.join('\n')).toMatch(/\/H1 <<\s*\/MCID \d+\s*>> BDC/);
  });
});
