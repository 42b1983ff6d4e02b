import type { Content, ContentTable, Margins, TableCell } from 'pdfmake/interfaces';
import { hiddenWords, type ContractPaymentRow, type HiddenFigure, type IndicatorLine, type ProjectSection, type QuarterlyReport } from '@lab/domain';
import {
  AGREEMENT_KIND_NL, AGREEMENT_STATUS_NL, centsNl, changeNl, DECISION_NL, HEALTH_NL, MEASUREMENT_STATUS_NL, MILESTONE_STATUS_NL,
  localDayNl, numberNl, percentNl, PHASE_NL, shortDateNl, valueNl,
} from './report-format';
import { CONTENT_WIDTH, dot, GREY, heading, HEALTH_COLOURS, RED, table } from './report-pdf-layout';
import type { LineBreaker } from './report-pdf-lines';

// The projects in the quarterly report's PDF: a full section each, or in a large lab a compact paragraph
// each; and the payments table both the summary and a section show.

export function paymentsTable(rows: ContractPaymentRow[], withProject: boolean): ContentTable {
  const header = [...(withProject ? ['Project'] : []), 'Resultaatcontract', 'Prijs per eenheid', 'Stand', 'Nieuwe eenheden', 'Dit kwartaal', 'Tot nu toe', 'Resterend'];
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

/** A figure of a line in its unit, or "< 5" where the lab's threshold hides it. */
function shownNl(i: IndicatorLine, field: 'baseline' | 'value' | 'figure', threshold: number): string {
  return (i.hidden ?? []).includes(field) ? hiddenWords(threshold) : valueNl(i[field], i.unit);
}

const hides = (i: IndicatorLine, field: HiddenFigure) => (i.hidden ?? []).includes(field);

function indicatorRows(lines: IndicatorLine[], threshold: number): TableCell[][] {
  return lines.map((i) => [
    { text: [i.name, i.targetRevised ? { text: ' *', color: RED, bold: true } : ''] },
    shownNl(i, 'baseline', threshold),
    valueNl(i.target, i.unit),
    i.pending ? { text: MEASUREMENT_STATUS_NL[i.status!].toLowerCase(), italics: true, color: '#b35900', alignment: 'right' } : shownNl(i, 'value', threshold),
    hides(i, 'change') ? '–' : changeNl(i.change),
    shownNl(i, 'figure', threshold),
    i.progress === null ? '–' : percentNl(i.progress),
    i.onTrack === null ? '–' : i.onTrack ? dot(HEALTH_COLOURS.on_track!, 'ja') : dot(RED, 'nee'),
  ]);
}

const INDICATOR_HEADER = ['Indicator', 'Basis', 'Streefwaarde', 'Dit kwartaal', 'Verschil', 'Stand', 'Voortgang', 'Op koers'];
// Wide enough for the longest word a cell holds (a pending measurement's "teruggestuurd"), which pdfmake
// would otherwise break inside the word.
const INDICATOR_WIDTHS = ['*', 40, 52, 62, 38, 40, 44, 40];

// A large lab's project sections: a bold heading line, then the indicators as one paragraph of plain text
// rather than a table, because table cells are what makes a PDF of a thousand projects slow to lay out.
// Both paragraphs are broken into lines beforehand (see report-pdf-lines.ts), measured in the very style
// they are set in.
export const COMPACT_HEADING = { bold: true, fontSize: 8.5 };
export const COMPACT_INDICATORS = { bold: false, fontSize: 7.5 };

export type CompactLines = Record<'heading' | 'indicators', LineBreaker>;

/** A large lab's project in a few lines. */
export function compactSection(p: ProjectSection, lines: CompactLines, threshold: number): Content[] {
  const headline = `${p.code}  ${p.title} · ${PHASE_NL[p.phase]} · ${HEALTH_NL[p.health]} · ` +
    `mijlpalen ${p.milestones.due} te halen, ${p.milestones.done} afgerond, ${p.milestones.overdue} te laat` +
    (p.payments.length ? ` · resultaatbetaling ${centsNl(p.payments.reduce((n, x) => n + x.dueCents, 0))}` : '');
  const indicators = p.indicators.map((i) => {
    const parts = [
      i.pending ? `meting ${MEASUREMENT_STATUS_NL[i.status!].toLowerCase()}`
        : i.value === null && !hides(i, 'value') ? 'geen waarde' : `dit kwartaal ${shownNl(i, 'value', threshold)}`,
      i.figure === null && !hides(i, 'figure') ? '' : `stand ${shownNl(i, 'figure', threshold)}`,
      i.target === null ? '' : `streefwaarde ${valueNl(i.target, i.unit)}${i.targetRevised ? ' (herzien)' : ''}`,
      i.progress === null ? '' : `voortgang ${percentNl(i.progress)}`,
      i.onTrack === null ? '' : i.onTrack ? 'op koers' : 'achter',
    ].filter(Boolean);
    return `${i.name}: ${parts.join(', ')}`;
  });
  return [
    { stack: lines.heading.paragraph(headline, CONTENT_WIDTH), ...COMPACT_HEADING, margin: [0, 6, 0, 1], pdfTag: 'H3' } as Content,
    { stack: lines.indicators.paragraph(indicators.join(' · '), CONTENT_WIDTH), ...COMPACT_INDICATORS, color: '#333333', pdfTag: 'P' } as Content,
  ];
}

/**
 * A large lab's open measurements: a paragraph per project rather than a table row each, as its sections
 * are (a lab can have ten thousand of them open in its latest quarter).
 */
export function compactPending(pending: QuarterlyReport['pending'], lines: LineBreaker): Content[] {
  const byProject = new Map<string, string[]>();
  for (const p of pending) {
    const status = MEASUREMENT_STATUS_NL[p.status].toLowerCase();
    const submitted = p.submittedAt ? `ingediend ${localDayNl(p.submittedAt)}` : '';
    const item = `${p.indicatorName} (${p.status === 'submitted' ? submitted || status : [status, submitted].filter(Boolean).join(', ')})`;
    const items = byProject.get(p.projectCode) ?? [];
    items.push(item);
    byProject.set(p.projectCode, items);
  }
  return [...byProject].map(([code, items]) => ({
    stack: lines.paragraph(`${code}: ${items.join(' · ')}`, CONTENT_WIDTH), ...COMPACT_INDICATORS, margin: [0, 0, 0, 2] as Margins, pdfTag: 'P',
  }) as Content);
}

/** A project's full section: status, decisions, the team's update and its tables. */
/** The approved parts of a section's indicators, a line each: "Per stadsdeel: Centrum 12 · Noord < 5 · …". */
function breakdownLines(lines: IndicatorLine[], threshold: number): Content[] {
  return lines.flatMap((i) => (i.breakdown ?? []).map((set) => ({
    text: [
      { text: `${i.name}, per ${set.name.toLowerCase()}: `, bold: true },
      set.cells.map((c) => `${c.label} ${c.hidden ? hiddenWords(threshold) : valueNl(c.value, i.unit)}`).join(' · '),
    ],
    style: 'note',
    pdfTag: 'P',
  } as Content)));
}

export function projectSection(p: ProjectSection, first: boolean, threshold: number): Content[] {
  const out: Content[] = [
    ...heading(`${p.code}  ${p.title}`, 'h1', { pageBreak: first ? 'before' : undefined, margin: [0, 14, 0, 4] }),
    {
      text: [
        { text: 'Fase: ', color: GREY }, PHASE_NL[p.phase], p.currentPhase !== p.phase ? ` (nu ${PHASE_NL[p.currentPhase].toLowerCase()})` : '',
        { text: '   Status: ', color: GREY }, { text: '● ', color: HEALTH_COLOURS[p.health] }, HEALTH_NL[p.health],
        { text: '   Mijlpalen: ', color: GREY }, `${p.milestones.due} te halen, ${p.milestones.done} afgerond, ${p.milestones.overdue} te laat`,
      ],
      fontSize: 9, margin: [0, 0, 0, 6],
    },
  ];
  for (const d of p.decisions) {
    out.push({
      text: [
        { text: `Fasebesluit ${localDayNl(d.decidedAt)}: `, bold: true },
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
    out.push(table(INDICATOR_WIDTHS, INDICATOR_HEADER, indicatorRows(p.indicators, threshold), { numeric: [1, 2, 3, 4, 5, 6] }));
    out.push(...breakdownLines(p.indicators, threshold));
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
      ['Mijlpaal', 'Fase', 'Datum', 'Afgerond', 'Stand'],
      p.milestones.items.map((m) => [
        m.title, PHASE_NL[m.phase], shortDateNl(m.dueDate), shortDateNl(m.completedDate),
        m.overdue ? { text: 'te laat', color: RED, bold: true } : m.doneInQuarter ? (m.onTime ? 'op tijd afgerond' : 'te laat afgerond') : MILESTONE_STATUS_NL[m.status].toLowerCase(),
      ])));
  }
  if (p.agreements.length) {
    out.push(...heading('Samenwerkingsafspraken', 'h3'), table(['*', 112, 56, 52, 60],
      ['Afspraak', 'Soort', 'Status', 'Getekend', 'Bijdrage'],
      p.agreements.map((a) => [
        { text: [a.title, { text: ` · ${a.organisationName}`, color: GREY }] }, AGREEMENT_KIND_NL[a.kind], AGREEMENT_STATUS_NL[a.status],
        shortDateNl(a.signedDate), centsNl(a.contributionCents),
      ]), { numeric: [4] }));
  }
  if (p.payments.length) out.push(...heading('Resultaatbetalingen', 'h3'), paymentsTable(p.payments, false));
  return out;
}
