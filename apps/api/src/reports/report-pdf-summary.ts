import type { Content } from 'pdfmake/interfaces';
import { indicatorsOnTrack, PHASES, type QuarterlyReport } from '@lab/domain';
import {
  centsNl, dateNl, HEALTH_NL, localDayNl, MEASUREMENT_STATUS_NL, numberNl, percentNl, PHASE_NL, quarterNl, type StampWords,
} from './report-format';
import { paymentsChart, phaseChart } from './report-pdf-charts';
import { capitalised, dot, heading, HEALTH_COLOURS, keyFigure, RED, table } from './report-pdf-layout';
import { type CompactLines, compactPending, paymentsTable } from './report-pdf-projects';
import type { PdfCut, PdfReport } from './report-pdf-cut';

// The quarterly report's PDF up to its project sections: the summary page with the lab totals and two
// charts, then the overview of all projects.

export function summary(r: PdfReport, compact: CompactLines | null, stamp: StampWords, frozen: boolean): Content[] {
  const t = r.totals;
  const out: Content[] = [
    { text: 'Kwartaalrapportage', style: 'kicker' },
    { text: `${r.lab.name}`, style: 'title', pdfTag: 'H1' } as Content,
    { text: `${capitalised(quarterNl(r.period))} · ${dateNl(r.quarterStart)} t/m ${dateNl(r.quarterEnd)} · ${r.lab.city}`, style: 'subtitle' },
    // Which file this is: a frozen version with its stamp, or a draft that may still change.
    {
      table: { widths: ['*'], body: [[{
        stack: [
          { text: stamp.detail, bold: true, color: frozen ? undefined : RED },
          ...(stamp.checksum ? [{ text: stamp.checksum, fontSize: 7.5 }] : []),
        ],
        margin: [6, 4, 6, 4], fontSize: 8.5,
      }]] },
      layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => (frozen ? '#004699' : RED), fillColor: () => '#f3f3f3' },
      margin: [0, 0, 0, 12],
      pdfTag: 'Div',
    } as Content,
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
      pdfTag: 'Div',
    } as Content);
  }
  out.push({
    columns: [
      keyFigure('Projecten', numberNl(t.projects), `${t.decisions} fasebesluit${t.decisions === 1 ? '' : 'en'} dit kwartaal`),
      keyFigure('Mijlpalen op tijd', percentNl(t.milestones.shareOnTime), `${t.milestones.doneOnTime} van ${t.milestones.due} op tijd afgerond; ${t.milestones.overdue} te laat`),
      keyFigure('Indicatoren op koers', `${t.indicators.onTrack} / ${t.indicators.total}`, `${t.indicators.withValue} met goedgekeurde waarde; ${t.indicators.pending} openstaand`),
      keyFigure('Resultaatbetaling', centsNl(t.payments.dueCents), `dit kwartaal; ${centsNl(t.payments.paidToDateCents)} tot en met dit kwartaal`),
    ],
    columnGap: 8,
    margin: [0, 0, 0, 16],
  });
  out.push({
    columns: [
      { stack: [{ text: 'Projecten per fase', style: 'h3', pdfTag: 'H2' } as Content, { svg: phaseChart(r), width: 250, pdfTag: { role: 'Figure', alt: phaseAlt(r) } } as Content] },
      r.payments.length
        ? { stack: [{ text: 'Resultaatbetalingen per contract', style: 'h3', pdfTag: 'H2' } as Content, { svg: paymentsChart(r.payments), width: 250, pdfTag: { role: 'Figure', alt: paymentsAlt(r) } } as Content] }
        : { stack: [{ text: 'Resultaatbetalingen per contract', style: 'h3', pdfTag: 'H2' } as Content, { text: 'Geen resultaatcontracten in dit kwartaal.', style: 'muted' }] },
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
          ['Afgerond dit kwartaal', String(t.milestones.done)],
          ['Op tijd afgerond', String(t.milestones.doneOnTime)],
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
    out.push(...heading('Resultaatbetalingen (betalen wat werkt)', 'h2'), paymentsTable(r.payments, true), ...cutNotice(r, 'payments'), {
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
          r.pending.map((p) => [p.projectCode, p.indicatorName, MEASUREMENT_STATUS_NL[p.status], p.submittedAt ? localDayNl(p.submittedAt) : '–'])),
      ]),
      ...cutNotice(r, 'pending'),
    );
  }
  return out;
}

/** The phase chart in words, for a screen reader. */
function phaseAlt(r: QuarterlyReport): string {
  return `Staafdiagram van de projecten per fase aan het einde van het kwartaal: ${PHASES.map((p) => `${PHASE_NL[p]} ${r.totals.projectsByPhase[p]}`).join(', ')}.`;
}

/** The payments chart in words, for a screen reader. */
function paymentsAlt(r: QuarterlyReport): string {
  return `Per resultaatcontract het betaalde deel van het maximum: ${r.payments.slice(0, 8)
    .map((p) => `${p.projectCode} ${centsNl(p.paidToDateCents)} van ${centsNl(p.maxPaymentCents)}, waarvan ${centsNl(p.dueCents)} dit kwartaal`).join('; ')}.`;
}

export function overview(r: PdfReport): Content[] {
  return [
    ...heading('Overzicht van de projecten', 'h1'),
    table([40, '*', 58, 52, 38, 44, 36, 42],
      ['Code', 'Project', 'Fase', 'Status', 'Te halen', 'Afgerond', 'Te laat', 'Op koers'],
      r.projects.map((p) => {
        const { onTrack, total } = indicatorsOnTrack(p.indicators);
        return [
          p.code, p.title, PHASE_NL[p.phase], dot(HEALTH_COLOURS[p.health]!, HEALTH_NL[p.health]),
          String(p.milestones.due), String(p.milestones.done), String(p.milestones.overdue),
          total ? `${onTrack}/${total}` : '–',
        ];
      }),
      { numeric: [4, 5, 6, 7] }),
    ...cutNotice(r, 'projects'),
  ];
}

const CUT_WORDS: Record<keyof PdfCut, (shown: string, all: string, projects: string) => string> = {
  projects: (shown, all) => `Deze PDF noemt de eerste ${shown} van de ${all} projecten, op projectcode; de totalen en grafieken tellen alle projecten. De XLSX- en CSV-download bevatten elk project.`,
  pending: (shown, all, projects) => `Hier staan de ${shown} openstaande metingen van de ${projects} projecten die deze PDF noemt, van ${all} in het lab; de XLSX- en CSV-download bevatten ze alle.`,
  payments: (shown, all, projects) => `Hier staan de ${shown} resultaatcontracten van de ${projects} projecten die deze PDF noemt, van ${all} in het lab; de totalen tellen ze alle.`,
};

/** Under a list the PDF cut (report-pdf-cut.ts): how much it names, of how many, and where the rest is. */
export function cutNotice(r: PdfReport, list: keyof PdfCut): Content[] {
  const all = r.pdfCut?.[list];
  const shown = { projects: r.projects, pending: r.pending, payments: r.payments }[list].length;
  if (all === undefined || all === shown) return [];
  return [{ text: CUT_WORDS[list](integerNl(shown), integerNl(all), integerNl(r.projects.length)), style: 'note', pdfTag: 'P' } as Content];
}

const integerNl = (n: number) => numberNl(n, 0);
