import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import robotoFiles from 'pdfmake/fonts/Roboto.js';
import type { Content, ContentTable, CustomTableLayout, Margins, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { type ContractPaymentRow, type IndicatorLine, PHASES, type ProjectSection, type QuarterlyReport } from '@lab/domain';
import { LineBreaker } from './report-pdf-lines';
import {
  AGREEMENT_KIND_NL, AGREEMENT_STATUS_NL, DECISION_NL, HEALTH_NL, MEASUREMENT_STATUS_NL, MILESTONE_STATUS_NL, PHASE_NL,
  centsNl, changeNl, dateNl, numberNl, percentNl, quarterNl, shortDateNl, valueNl,
} from './report-format';

// The quarterly report as an A4 PDF in Dutch, for the council: a summary page with the lab totals and two
// charts, an overview of all projects, then a section per project. Rendered with pdfmake (pdfkit
// underneath) and its bundled Roboto fonts; charts are SVG. No file or URL is ever read but the fonts.

// The font files' absolute paths, as pdfmake's own server-side font list gives them.
const FONT_DIR = dirname(robotoFiles.Roboto.normal);
pdfmake.setFonts(robotoFiles);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));

// Amsterdam's house colours: red, and greys for the rest.
const RED = '#EC0000';
const DARK = '#1a1a1a';
const GREY = '#767676';
const LIGHT = '#f3f3f3';
const LINE = '#d0d0d0';
const PHASE_COLOURS: Record<string, string> = { scenario: '#a00078', experiment: '#004699', rollout: '#00a03c', stopped: '#767676' };
const HEALTH_COLOURS: Record<string, string> = { on_track: '#00a03c', at_risk: '#ff9100', off_track: RED };

// A4 in points (pdfmake's size), and the page margins: left, top, right, bottom.
const PAGE_WIDTH = 595.28;
const PAGE_MARGINS: [number, number, number, number] = [40, 56, 40, 48];
/** The width of the text column. */
const CONTENT_WIDTH = PAGE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/** From this many projects on, each project's section is compact: a heading line and a paragraph of its indicators. */
export const COMPACT_FROM_PROJECTS = 60;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The look of every table: a rule under the header, hairlines between rows, a light header background.
const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? DARK : LINE),
  fillColor: (i) => (i === 0 ? LIGHT : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

/**
 * A table with a header row; `numeric` columns are right-aligned. Its text properties are set on the table
 * and its header cells directly, not through named styles: pdfmake looks a named style up again for every
 * property of every word below it, which in the big tables of a large lab adds up.
 */
function table(widths: (string | number)[], header: string[], rows: TableCell[][], opts: { numeric?: number[] } = {}): ContentTable {
  const right = new Set(opts.numeric ?? []);
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [
        header.map((h, n) => ({ text: h, bold: true, fontSize: 8, alignment: right.has(n) ? 'right' : 'left' }) as TableCell),
        ...rows.map((r) => r.map((c, n) => (right.has(n) && typeof c === 'string' ? { text: c, alignment: 'right' } : c) as TableCell)),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 8.5,
    margin: [0, 0, 0, 4],
  };
}

/** Room a heading keeps below itself: with less left on its page it moves to the next, with what it introduces. */
const KEEP_BELOW = 72;

/**
 * A heading that never ends a page apart from what follows it. pdfmake's own means to that,
 * pageBreakBefore, lays the whole document out again for every heading it moves (27 times over for a lab
 * of 59 projects: 7 s); this keeps the room in the one pass: the heading and a blank of KEEP_BELOW points
 * below it are one unbreakable block, and an empty canvas after it takes the blank back.
 */
function heading(text: string, style: 'h1' | 'h2' | 'h3', opts: { pageBreak?: 'before'; margin?: Margins } = {}): Content[] {
  return [
    { stack: [{ text, style, margin: opts.margin }, { canvas: [], margin: [0, KEEP_BELOW, 0, 0] }], unbreakable: true, pageBreak: opts.pageBreak },
    { canvas: [], margin: [0, -KEEP_BELOW, 0, 0] },
  ];
}

function keyFigure(label: string, value: string, note: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [[{
        stack: [
          { text: value, fontSize: 20, bold: true, color: DARK },
          { text: label, fontSize: 9, bold: true, margin: [0, 2, 0, 0] },
          { text: note, fontSize: 8, color: GREY, margin: [0, 1, 0, 0] },
        ],
        margin: [6, 6, 6, 6],
      }]],
    },
    layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => RED, fillColor: () => LIGHT },
  };
}

/** A horizontal bar per phase, with its count. */
function phaseChart(report: QuarterlyReport): string {
  const w = 250;
  const rowH = 24;
  const max = Math.max(1, ...PHASES.map((p) => report.totals.projectsByPhase[p]));
  const bars = PHASES.map((p, n) => {
    const count = report.totals.projectsByPhase[p];
    const len = Math.round((count / max) * (w - 110));
    const y = n * rowH + 4;
    return `<text x="0" y="${y + 13}" font-size="9" fill="${DARK}">${PHASE_NL[p]}</text>` +
      `<rect x="72" y="${y}" width="${Math.max(len, 1)}" height="16" fill="${PHASE_COLOURS[p]}"/>` +
      `<text x="${78 + len}" y="${y + 12}" font-size="9" fill="${DARK}">${count}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${PHASES.length * rowH + 6}">${bars.join('')}</svg>`;
}

/** Per outcome contract: paid before this quarter, due this quarter, and what remains of the maximum. */
function paymentsChart(rows: ContractPaymentRow[]): string {
  const w = 250;
  const rowH = 30;
  const barW = w - 10;
  const shown = rows.slice(0, 8);
  const parts = shown.map((r, n) => {
    const y = n * rowH;
    const scale = (c: number) => (r.maxPaymentCents > 0 ? (c / r.maxPaymentCents) * barW : 0);
    const before = scale(r.paidToDateCents - r.dueCents);
    const due = scale(r.dueCents);
    return `<text x="0" y="${y + 9}" font-size="8" fill="${DARK}">${esc(r.projectCode)} · ${esc(centsNl(r.paidToDateCents))} van ${esc(centsNl(r.maxPaymentCents))}</text>` +
      `<rect x="0" y="${y + 13}" width="${barW}" height="10" fill="${LIGHT}" stroke="${LINE}" stroke-width="0.5"/>` +
      `<rect x="0" y="${y + 13}" width="${before.toFixed(1)}" height="10" fill="#004699"/>` +
      `<rect x="${before.toFixed(1)}" y="${y + 13}" width="${due.toFixed(1)}" height="10" fill="${RED}"/>`;
  });
  const legendY = shown.length * rowH + 6;
  const legend = `<rect x="0" y="${legendY}" width="8" height="8" fill="#004699"/><text x="11" y="${legendY + 7}" font-size="7.5" fill="${GREY}">eerder betaald</text>` +
    `<rect x="80" y="${legendY}" width="8" height="8" fill="${RED}"/><text x="91" y="${legendY + 7}" font-size="7.5" fill="${GREY}">dit kwartaal</text>` +
    `<rect x="150" y="${legendY}" width="8" height="8" fill="${LIGHT}" stroke="${LINE}" stroke-width="0.5"/><text x="161" y="${legendY + 7}" font-size="7.5" fill="${GREY}">resterend maximum</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${legendY + 12}">${parts.join('')}${legend}</svg>`;
}

function dot(colour: string, label: string): Content {
  return { text: [{ text: '● ', color: colour }, label] };
}

function summary(r: QuarterlyReport, compact: CompactLines | null): Content[] {
  const t = r.totals;
  const out: Content[] = [
    { text: 'Kwartaalrapportage', style: 'kicker' },
    { text: `${r.lab.name}`, style: 'title' },
     { text: `${capitalised(quarterNl(r.period))} · ${dateNl(r.quarterStart)} t/m ${dateNl(r.quarterEnd)} · ${r.lab.city}`, style: 'subtitle' },
  ];
  if (t.pendingMeasurements > 0) {
    out.push({
      table: { widths: ['*'], body: [[{
        text: [
          { text: 'Let op: ', bold: true },
          `${t.pendingMeasurements} ${t.pendingMeasurements === 1 ? 'meting van dit kwartaal is' : 'metingen van dit kwartaal zijn'} nog niet goedgekeurd. ` +
          'Die tellen niet mee in de cijfers en betalingen van deze rapportage; ze staan in de lijst "Openstaande metingen".',
        ],
        margin: [6, 5, 6, 5], fontSize: 9,
      }]] },
      layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => '#ff9100', fillColor: () => '#fff4e5' },
      margin: [0, 0, 0, 12],
    });
  }
  out.push({
    columns: [
      keyFigure('Projecten', numberNl(t.projects), `${t.decisions} gate-besluit${t.decisions === 1 ? '' : 'en'} dit kwartaal`),
      keyFigure('Mijlpalen op tijd', percentNl(t.milestones.shareOnTime), `${t.milestones.doneOnTime} van ${t.milestones.due} op tijd gereed; ${t.milestones.overdue} te laat`),
      keyFigure('Indicatoren op koers', `${t.indicators.onTrack} / ${t.indicators.onTrack + t.indicators.behind}`, `${t.indicators.withValue} met goedgekeurde waarde; ${t.indicators.pending} openstaand`),
      keyFigure('Resultaatbetaling', centsNl(t.payments.dueCents), `dit kwartaal; ${centsNl(t.payments.paidToDateCents)} tot en met dit kwartaal`),
    ],
    columnGap: 8,
    margin: [0, 0, 0, 16],
  });
  out.push({
    columns: [
      { stack: [{ text: 'Projecten per fase', style: 'h3' }, { svg: phaseChart(r), width: 250 }] },
      r.payments.length
        ? { stack: [{ text: 'Resultaatbetalingen per contract', style: 'h3' }, { svg: paymentsChart(r.payments), width: 250 }] }
        : { stack: [{ text: 'Resultaatbetalingen per contract', style: 'h3' }, { text: 'Geen resultaatafspraken in dit kwartaal.', style: 'muted' }] },
    ],
    columnGap: 15,
    margin: [0, 0, 0, 14],
  });
  out.push(
    ...heading('Totalen van het lab', 'h2'),
    {
      columns: [
        table(['*', 40], ['Fase (einde kwartaal)', 'Aantal'], PHASES.map((p) => [PHASE_NL[p], String(t.projectsByPhase[p])]), { numeric: [1] }),
        table(['*', 40], ['Mijlpalen', 'Aantal'], [
          ['Te halen dit kwartaal', String(t.milestones.due)],
          ['Gereed dit kwartaal', String(t.milestones.done)],
          ['Op tijd gereed', String(t.milestones.doneOnTime)],
          ['Te laat', String(t.milestones.overdue)],
          ['Aandeel op tijd', percentNl(t.milestones.shareOnTime)],
        ], { numeric: [1] }),
        table(['*', 40], ['Indicatoren', 'Aantal'], [
          ['Totaal', String(t.indicators.total)],
          ['Met streefwaarde', String(t.indicators.withTarget)],
          ['Goedgekeurde waarde', String(t.indicators.withValue)],
          ['Op koers', String(t.indicators.onTrack)],
          ['Achter op schema', String(t.indicators.behind)],
          ['Openstaande metingen', String(t.indicators.pending)],
        ], { numeric: [1] }),
      ],
      columnGap: 10,
      margin: [0, 0, 0, 10],
    },
  );
  if (r.payments.length) {
    out.push(...heading('Resultaatbetalingen (betalen wat werkt)', 'h2'), paymentsTable(r.payments, true), {
      text: `Totaal te betalen dit kwartaal: ${centsNl(t.payments.dueCents)}. Betaald tot en met dit kwartaal: ${centsNl(t.payments.paidToDateCents)} ` +
        `van een maximum van ${centsNl(t.payments.maxPaymentCents)}. Alleen goedgekeurde metingen tellen mee.`,
      style: 'muted', margin: [0, 4, 0, 10],
    });
  }
  if (r.pending.length) {
    out.push(
      ...heading('Openstaande metingen', 'h2'),
      { text: 'Deze metingen zijn ingevoerd maar (nog) niet goedgekeurd door het focusteam. Hun waarden zijn in deze rapportage niet gebruikt.', style: 'muted', margin: [0, 0, 0, 4] },
      ...(compact ? compactPending(r.pending, compact.indicators) : [
        table([50, '*', 80, 80], ['Project', 'Indicator', 'Status', 'Ingediend'],
          r.pending.map((p) => [p.projectCode, p.indicatorName, MEASUREMENT_STATUS_NL[p.status], p.submittedAt ? shortDateNl(p.submittedAt) : '–'])),
      ]),
    );
  }
  return out;
}

function paymentsTable(rows: ContractPaymentRow[], withProject: boolean): ContentTable {
  const header = [...(withProject ? ['Project'] : []), 'Resultaatafspraak', 'Prijs per eenheid', 'Stand', 'Nieuwe eenheden', 'Dit kwartaal', 'Tot nu toe', 'Resterend'];
  const numeric = withProject ? [2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6];
  return table(
    [...(withProject ? [42] : []), '*', 58, 38, 46, 62, 62, 62],
    header,
    rows.map((p) => [
      ...(withProject ? [p.projectCode] : []),
      { text: [p.title, p.capped ? { text: ' (maximum bereikt)', color: RED } : ''] },
      centsNl(p.pricePerUnitCents), numberNl(p.figure), numberNl(p.units), centsNl(p.dueCents), centsNl(p.paidToDateCents), centsNl(p.remainingCents),
    ]),
    { numeric },
  );
}

function overview(r: QuarterlyReport): Content[] {
  return [
    ...heading('Overzicht van de projecten', 'h1'),
    table([40, '*', 58, 48, 30, 30, 30, 42],
      ['Code', 'Project', 'Fase', 'Status', 'Te halen', 'Gereed', 'Te laat', 'Op koers'],
      r.projects.map((p) => {
        const counted = p.indicators.filter((i) => i.onTrack !== null);
        return [
          p.code, p.title, PHASE_NL[p.phase], dot(HEALTH_COLOURS[p.health]!, HEALTH_NL[p.health]),
          String(p.milestones.due), String(p.milestones.done), String(p.milestones.overdue),
          counted.length ? `${counted.filter((i) => i.onTrack).length}/${counted.length}` : '–',
        ];
      }),
      { numeric: [4, 5, 6, 7] }),
  ];
}

function indicatorRows(lines: IndicatorLine[]): TableCell[][] {
  return lines.map((i) => [
    { text: [i.name, i.targetRevised ? { text: ' *', color: RED, bold: true } : ''] },
    valueNl(i.baseline, i.unit),
    valueNl(i.target, i.unit),
    i.pending ? { text: MEASUREMENT_STATUS_NL[i.status!].toLowerCase(), italics: true, color: '#b35900', alignment: 'right' } : valueNl(i.value, i.unit),
    changeNl(i.change),
    valueNl(i.figure, i.unit),
    i.progress === null ? '–' : percentNl(i.progress),
    i.onTrack === null ? '–' : i.onTrack ? dot(HEALTH_COLOURS.on_track!, 'ja') : dot(RED, 'nee'),
  ]);
}

const INDICATOR_HEADER = ['Indicator', 'Basis', 'Streefwaarde', 'Dit kwartaal', 'Verschil', 'Stand', 'Voortgang', 'Op koers'];
const INDICATOR_WIDTHS = ['*', 40, 52, 48, 38, 40, 44, 40];

// A large lab's project sections: a bold heading line, then the indicators as one paragraph of plain text
// rather than a table, because table cells are what makes a PDF of a thousand projects slow to lay out.
// Both paragraphs are broken into lines beforehand (see report-pdf-lines.ts), measured in the very style
// they are set in.
const COMPACT_HEADING = { bold: true, fontSize: 8.5 };
const COMPACT_INDICATORS = { bold: false, fontSize: 7.5 };

type CompactLines = Record<'heading' | 'indicators', LineBreaker>;

/** A large lab's project in a few lines. */
function compactSection(p: ProjectSection, lines: CompactLines): Content[] {
  const headline = `${p.code}  ${p.title} · ${PHASE_NL[p.phase]} · ${HEALTH_NL[p.health]} · ` +
    `mijlpalen ${p.milestones.due} te halen, ${p.milestones.done} gereed, ${p.milestones.overdue} te laat` +
    (p.payments.length ? ` · resultaatbetaling ${centsNl(p.payments.reduce((n, x) => n + x.dueCents, 0))}` : '');
  const indicators = p.indicators.map((i) => {
    const parts = [
      i.pending ? `meting ${MEASUREMENT_STATUS_NL[i.status!].toLowerCase()}` : i.value === null ? 'geen waarde' : `dit kwartaal ${valueNl(i.value, i.unit)}`,
      i.figure === null ? '' : `stand ${valueNl(i.figure, i.unit)}`,
      i.target === null ? '' : `streefwaarde ${valueNl(i.target, i.unit)}${i.targetRevised ? ' (herzien)' : ''}`,
      i.progress === null ? '' : `voortgang ${percentNl(i.progress)}`,
      i.onTrack === null ? '' : i.onTrack ? 'op koers' : 'achter',
    ].filter(Boolean);
    return `${i.name}: ${parts.join(', ')}`;
  });
  return [
    { stack: lines.heading.paragraph(headline, CONTENT_WIDTH), ...COMPACT_HEADING, margin: [0, 6, 0, 1] },
    { stack: lines.indicators.paragraph(indicators.join(' · '), CONTENT_WIDTH), ...COMPACT_INDICATORS, color: '#333333' },
  ];
}

/**
 * A large lab's open measurements: a paragraph per project rather than a table row each, as its sections
 * are (a lab can have ten thousand of them open in its latest quarter).
 */
function compactPending(pending: QuarterlyReport['pending'], lines: LineBreaker): Content[] {
  const byProject = new Map<string, string[]>();
  for (const p of pending) {
    const status = MEASUREMENT_STATUS_NL[p.status].toLowerCase();
    const submitted = p.submittedAt ? `ingediend ${shortDateNl(p.submittedAt)}` : '';
    const item = `${p.indicatorName} (${p.status === 'submitted' ? submitted || status : [status, submitted].filter(Boolean).join(', ')})`;
    const items = byProject.get(p.projectCode) ?? [];
    items.push(item);
    byProject.set(p.projectCode, items);
  }
  return [...byProject].map(([code, items]) => ({
    stack: lines.paragraph(`${code}: ${items.join(' · ')}`, CONTENT_WIDTH), ...COMPACT_INDICATORS, margin: [0, 0, 0, 2] as Margins,
  }));
}

/** A project's full section: status, decisions, the team's update and its tables. */
function projectSection(p: ProjectSection, first: boolean): Content[] {
  const out: Content[] = [
    ...heading(`${p.code}  ${p.title}`, 'h1', { pageBreak: first ? 'before' : undefined, margin: [0, 14, 0, 4] }),
    {
      text: [
        { text: 'Fase: ', color: GREY }, PHASE_NL[p.phase], p.currentPhase !== p.phase ? ` (nu ${PHASE_NL[p.currentPhase].toLowerCase()})` : '',
        { text: '   Status: ', color: GREY }, { text: '● ', color: HEALTH_COLOURS[p.health] }, HEALTH_NL[p.health],
        { text: '   Mijlpalen: ', color: GREY }, `${p.milestones.due} te halen, ${p.milestones.done} gereed, ${p.milestones.overdue} te laat`,
      ],
      fontSize: 9, margin: [0, 0, 0, 6],
    },
  ];
  for (const d of p.decisions) {
    out.push({
      text: [
        { text: `Gate-besluit ${shortDateNl(d.decidedAt)}: `, bold: true },
        `${DECISION_NL[d.decision]} van ${PHASE_NL[d.fromPhase].toLowerCase()} naar ${PHASE_NL[d.toPhase].toLowerCase()}`,
        d.decidedByName ? ` (${d.decidedByName})` : '', d.rationale ? `. ${d.rationale}` : '', d.conditions ? ` Voorwaarden: ${d.conditions}` : '',
      ],
      fontSize: 9, margin: [0, 0, 0, 4],
    });
  }
  out.push(p.statusUpdate
    ? { text: [{ text: 'Kwartaalupdate van het team: ', bold: true }, { text: p.statusUpdate.narrative, italics: true }], fontSize: 9, margin: [0, 0, 0, 6] }
    : { text: 'Geen kwartaalupdate ontvangen voor dit kwartaal.', style: 'muted', margin: [0, 0, 0, 6] });
  if (p.indicators.length) {
    out.push(...heading('Indicatoren', 'h3'));
    out.push(table(INDICATOR_WIDTHS, INDICATOR_HEADER, indicatorRows(p.indicators), { numeric: [1, 2, 3, 4, 5, 6] }));
    const revised = p.indicators.filter((i) => i.targetRevision);
    if (revised.length) {
      out.push({
        stack: revised.map((i) => ({
          text: `* Streefwaarde herzien per ${i.targetRevision!.effectiveFrom}: van ${valueNl(i.targetRevision!.oldValue, i.unit) || '–'} naar ${valueNl(i.targetRevision!.newValue, i.unit)}. ${i.targetRevision!.reason}`,
        })),
        style: 'note',
      });
    }
  }
  if (p.milestones.items.length) {
    out.push(...heading('Mijlpalen', 'h3'), table(['*', 58, 52, 52, 60],
      ['Mijlpaal', 'Fase', 'Datum', 'Gereed', 'Stand'],
      p.milestones.items.map((m) => [
        m.title, PHASE_NL[m.phase], shortDateNl(m.dueDate), shortDateNl(m.completedDate),
        m.overdue ? { text: 'te laat', color: RED, bold: true } : m.doneInQuarter ? (m.onTime ? 'op tijd gereed' : 'te laat gereed') : MILESTONE_STATUS_NL[m.status].toLowerCase(),
      ])));
  }
  if (p.agreements.length) {
    out.push(...heading('Samenwerkingsafspraken', 'h3'), table(['*', 70, 56, 52, 60],
      ['Afspraak', 'Soort', 'Status', 'Getekend', 'Bijdrage'],
      p.agreements.map((a) => [
        { text: [a.title, { text: ` · ${a.organisationName}`, color: GREY }] }, AGREEMENT_KIND_NL[a.kind], AGREEMENT_STATUS_NL[a.status],
        shortDateNl(a.signedDate), centsNl(a.contributionCents),
      ]), { numeric: [4] }));
  }
  if (p.payments.length) out.push(...heading('Resultaatbetalingen', 'h3'), paymentsTable(p.payments, false));
  return out;
}

export function reportDocument(r: QuarterlyReport): TDocumentDefinitions {
  // One line breaker per compact style for the whole report: each keeps the widths of the words it measured.
  const compact: CompactLines | null = r.projects.length >= COMPACT_FROM_PROJECTS
    ? { heading: new LineBreaker(COMPACT_HEADING), indicators: new LineBreaker(COMPACT_INDICATORS) }
    : null;
  const generated = `Gegenereerd op ${shortDateNl(r.generatedAt)} om ${r.generatedAt.slice(11, 16)} UTC`;
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title: `Kwartaalrapportage ${r.lab.name} ${r.period}`, author: 'Meedoen Werkt lab tracker', subject: `Kwartaalrapportage ${r.period}` },
    language: 'nl-NL',
    header: (page: number) => page === 1 ? null : {
      columns: [
        { text: `Kwartaalrapportage ${r.lab.name}`, fontSize: 8, color: GREY },
        { text: capitalised(quarterNl(r.period)), fontSize: 8, color: GREY, alignment: 'right' },
      ],
      margin: [40, 24, 40, 0],
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: generated, fontSize: 7.5, color: GREY },
        { text: `Pagina ${page} van ${pages}`, fontSize: 7.5, color: GREY, alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
    }),
    content: [
      ...summary(r, compact),
      ...overview(r),
      ...(compact ? [
        ...heading('Indicatoren per project', 'h1', { pageBreak: 'before' }),
        { text: `Met ${r.projects.length} projecten staan de indicatoren hier beknopt; de volledige tabellen staan in de XLSX-download.`, style: 'muted' } as Content,
      ] : []),
      ...(compact ? r.projects.flatMap((p) => compactSection(p, compact)) : r.projects.flatMap((p, n) => projectSection(p, n === 0))),
      ...heading('Toelichting', 'h2', { margin: [0, 16, 0, 4] }),
      {
        ul: [
          'Alleen door het focusteam goedgekeurde metingen tellen mee in waarden, standen, voortgang en betalingen.',
          'Streefwaarde: de streefwaarde die in dit kwartaal gold; een * betekent dat die door een herziening is vastgesteld.',
          'Stand: het totaalcijfer van de indicator tot en met dit kwartaal (opgeteld, laatste waarde of gemiddelde, per indicator).',
          'Voortgang: (stand − basis) / (streefwaarde − basis). Op koers: de voortgang is hooguit 10 procentpunt minder dan de verstreken tijd tot de streefdatum.',
          `Mijlpalen zijn beoordeeld per ${shortDateNl(r.asOf)}: te laat is een mijlpaal waarvan de datum verstreken is en die toen niet gereed was.`,
          'Resultaatbetaling: prijs per eenheid × nieuwe eenheden boven de basis (en boven wat al betaald is), nooit meer dan het resterende maximum.',
        ],
        fontSize: 8.5, color: GREY,
      },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: DARK, lineHeight: 1.15 },
    styles: {
      kicker: { fontSize: 11, color: RED, bold: true, margin: [0, 0, 0, 2] },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: GREY, margin: [0, 0, 0, 14] },
      h1: { fontSize: 15, bold: true, margin: [0, 10, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
      muted: { fontSize: 8.5, color: GREY },
      note: { fontSize: 7.5, color: GREY, margin: [0, 2, 0, 4] },
    },
  };
}

/** The PDF file of a report. */
export async function renderReportPdf(r: QuarterlyReport): Promise<Buffer> {
  const doc = pdfmake.createPdf(reportDocument(r));
  return (doc as unknown as { getBuffer(): Promise<Buffer> }).getBuffer();
}
