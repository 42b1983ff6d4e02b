import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { type CorrectionItem, sumDifferences } from '@lab/domain';
import { decimal, instant, money } from '../common/format';

/** A payment difference with its sign: +€ 150,00, −€ 500,00. */
export function signedMoney(cents: number, locale: string): string {
  return `${cents > 0 ? '+' : cents < 0 ? '−' : '±'}${money(Math.abs(cents), locale)}`;
}

/**
 * Corrections of closed quarters, a row each: project, indicator (or the status update), the corrected quarter and
 * the frozen version, old → new, the reason, who and when, and the effect on that quarter's outcome payment.
 */
export function CorrectionsTable({ items, label }: { items: CorrectionItem[]; label: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = (v: number | null, missing: string) => (v === null ? translate(missing) : decimal(v, locale));
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('reports.corrections.project')}</TableCell>
            <TableCell>{translate('reports.corrections.indicator')}</TableCell>
            <TableCell>{translate('reports.corrections.quarter')}</TableCell>
            <TableCell>{translate('reports.corrections.old_new')}</TableCell>
            <TableCell>{translate('reports.corrections.reason')}</TableCell>
            <TableCell>{translate('reports.corrections.by')}</TableCell>
            <TableCell align="right">{translate('reports.corrections.payment')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((c) => {
            const difference = sumDifferences(c.payments.map((p) => p.differenceCents));
            return (
              <TableRow key={c.id} data-testid={`correction-${c.id}`}>
                <TableCell>{c.projectCode}</TableCell>
                <TableCell>
                  {c.indicatorName ?? translate('reports.corrections.status_update')}
                  <Typography variant="body2" color="text.secondary">{translate(`enums.correction_kind.${c.kind}`)}</Typography>
                </TableCell>
                <TableCell>{c.period} (v{c.frozenVersion})</TableCell>
                <TableCell>
                  {c.kind === 'status_update' ? '—'
                    : `${value(c.oldValue, 'reports.corrections.none')} → ${value(c.newValue, 'reports.corrections.not_yet')}`}
                </TableCell>
                <TableCell>{c.reason}</TableCell>
                <TableCell>{c.correctedByName ?? '—'}, {instant(c.correctedAt, locale)}</TableCell>
                <TableCell align="right">
                  {c.payments.length === 0
                    ? translate(c.newValue === null && c.kind !== 'status_update' ? 'reports.corrections.after_approval' : 'reports.corrections.no_payment')
                    : c.payments.map((p) => (
                      <div key={p.agreementId}>
                        {money(p.frozenDueCents, locale)} → {money(p.correctedDueCents, locale)} ({signedMoney(p.differenceCents, locale)})
                      </div>
                    ))}
                  {c.payments.length > 1 && <strong>{signedMoney(difference, locale)}</strong>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
