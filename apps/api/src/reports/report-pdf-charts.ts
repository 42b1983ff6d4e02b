import { type ContractPaymentRow, PHASES, type QuarterlyReport } from '@lab/domain';
import { centsNl, PHASE_NL } from './report-format';
import { DARK, esc, GREY, LIGHT, LINE, PHASE_COLOURS, RED } from './report-pdf-layout';

// The summary page's charts, as SVG.

/** A horizontal bar per phase, with its count. */
export function phaseChart(report: QuarterlyReport): string {
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
export function paymentsChart(rows: ContractPaymentRow[]): string {
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
