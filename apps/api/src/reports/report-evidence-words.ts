import { DEFAULT_SMALL_NUMBER_THRESHOLD, type ComparedDefinition, type ComparisonRow, type QuarterlyReport, type Shown } from '@lab/domain';
import { centsNl, numberNl, percentNl, PHASE_NL, valueNl } from './report-format';

// "Wat werkt per thema" in the report's Dutch words, the same in the PDF and the XLSX: a figure in its unit
// (a hidden count as "< 5"), the lab totals of a definition as one line, and a row's cells.

/** A figure as the comparison shows it, in its unit: "< 5" stays as it is, a missing one is "–". */
export function shownNl(v: Shown, unit: ComparedDefinition['unit']): string {
  return typeof v === 'string' ? v : v === null ? '–' : valueNl(v, unit);
}

/** The lab totals of one definition in a theme, as one line. */
export function evidenceTotalsNl(d: ComparedDefinition): string {
  const t = d.totals;
  const parts = [`${t.projects} ${t.projects === 1 ? 'project' : 'projecten'}, waarvan ${t.withValue} met een waarde`];
  if (t.sum !== null) parts.push(`samen ${shownNl(t.sum, d.unit)}`);
  if (t.figureRange) parts.push(`stand van ${shownNl(t.figureRange.min, d.unit)} tot ${shownNl(t.figureRange.max, d.unit)}`);
  if (t.progressRange) parts.push(`voortgang van ${percentNl(t.progressRange.min)} tot ${percentNl(t.progressRange.max)}`);
  parts.push(t.levelRange.min === t.levelRange.max ? `bewijskracht niveau ${t.levelRange.min}` : `bewijskracht van niveau ${t.levelRange.min} tot ${t.levelRange.max}`);
  return parts.join(' · ');
}

export const EVIDENCE_ROW_HEADER = ['Project (fase)', 'Laatste waarde', 'Stand', 'Streefwaarde', 'Voortgang', 'Bewijskracht', 'Criteria gehaald', 'Kosten per uitkomst'];

/** A row's cells under EVIDENCE_ROW_HEADER: the project's code and title with its phase, the latest value with its quarter. */
export function evidenceRowNl(r: ComparisonRow, unit: ComparedDefinition['unit']): string[] {
  return [
    `${r.projectCode} ${r.projectTitle} (${PHASE_NL[r.phase].toLowerCase()})`,
    r.latest ? `${shownNl(r.latest.value, unit)} in ${r.latest.period}` : '–',
    shownNl(r.figure, unit), r.target === null ? '–' : valueNl(r.target, unit), percentNl(r.progress),
    r.evidenceLabel.nl,
    r.criteria ? `${r.criteria.met} van ${r.criteria.total}` : '–',
    r.costPerOutcomeCents === null ? '–' : centsNl(r.costPerOutcomeCents),
  ];
}

/** What the section says of itself. */
export function evidenceIntroNl(r: QuarterlyReport): string {
  const threshold = r.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  return 'Per thema de gedeelde indicatoren uit de bibliotheek van het lab, vergeleken over de projecten van dat thema die ze gebruiken ' +
    '(een project met meer thema\'s staat bij elk). Alleen goedgekeurde waarden tot en met dit kwartaal tellen; de best gevorderde projecten eerst. ' +
    `Een som staat er alleen bij indicatoren die optellen, anders een bereik. Aantallen mensen onder de ${numberNl(threshold, 0)} staan er als "< ${numberNl(threshold, 0)}".`;
}
