import type { Content } from 'pdfmake/interfaces';
import { type QuarterlyReport, sumDifferences } from '@lab/domain';
import { centsNl, dateTimeNl } from './report-format';
import { correctedItemNl, correctionKindNl, oldNewNl, paymentEffectNl, reportCorrections } from './report-corrections-files';
import { heading, table } from './report-pdf-layout';

/**
 * The PDF's section "Correcties op afgesloten kwartalen": every correction since the lab's last freeze of an
 * earlier quarter, with old → new, the reason and the effect on that quarter's outcome payment. Nothing when none.
 */
export function correctionsSection(r: QuarterlyReport): Content[] {
  const items = reportCorrections(r);
  if (items.length === 0) return [];
  const since = r.corrections?.since;
  const total = sumDifferences(items.flatMap((c) => c.payments.map((p) => p.differenceCents)));
  return [
    ...heading('Correcties op afgesloten kwartalen', 'h2', { margin: [0, 16, 0, 4] }),
    {
      text: `Wijzigingen in kwartalen waarvan de rapportage al bevroren was${since ? `, vastgelegd na ${dateTimeNl(since)}` : ''}. ` +
        'De bevroren versies zelf blijven ongewijzigd; het effect op de resultaatbetaling is die van het gecorrigeerde kwartaal, ' +
        `met de nieuwe waarde tegenover de bevroren. Samen: ${total > 0 ? '+' : total < 0 ? '−' : '±'}${centsNl(Math.abs(total))}.`,
      style: 'muted', margin: [0, 0, 0, 4],
    } as Content,
    table(
      [44, 38, '*', 62, '*', 84],
      ['Project', 'Kwartaal', 'Indicator', 'Oud en nieuw', 'Reden', 'Effect op betaling'],
      items.map((c) => [
        c.projectCode, `${c.period} (v${c.frozenVersion})`, `${correctedItemNl(c)} · ${correctionKindNl(c)}`, oldNewNl(c, true),
        `${c.reason}${c.correctedByName ? ` (${c.correctedByName})` : ''}`, paymentEffectNl(c, true),
      ]),
    ),
  ];
}
