import { Card, CardContent, Chip, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ContractPaymentRow } from '@lab/domain';
import { formatIndicatorValue, money } from '../common/format';

/** The outcome payments of the quarter, a row per contract: what is due, what was paid and what remains. */
export function ReportPayments({ rows, title }: { rows: ContractPaymentRow[]; title: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>{title}</Typography>
        {rows.length === 0 ? <Typography color="text.secondary">{translate('reports.payments.empty')}</Typography> : (
          <TableContainer>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('reports.payments.contract')}</TableCell>
                  <TableCell>{translate('resources.indicators.name', { smart_count: 1 })}</TableCell>
                  <TableCell align="right">{translate('reports.payments.figure')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.units')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.price')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.due')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.paid')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.remaining')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={`${r.agreementId}-${r.period}`}>
                    <TableCell>
                      <Link component={RouterLink} to={`/agreements/${r.agreementId}/show`}>{r.projectCode} · {r.title}</Link>
                    </TableCell>
                    <TableCell>{r.indicatorName}</TableCell>
                    <TableCell align="right">{r.figure == null ? '—' : formatIndicatorValue(r.figure, undefined, locale)}</TableCell>
                    <TableCell align="right">{formatIndicatorValue(r.units, undefined, locale)}</TableCell>
                    <TableCell align="right">{money(r.pricePerUnitCents, locale)}</TableCell>
                    <TableCell align="right"><strong>{money(r.dueCents, locale)}</strong>{r.capped && <> <Chip size="small" label={translate('reports.payments.capped')} /></>}</TableCell>
                    <TableCell align="right">{money(r.paidToDateCents, locale)}</TableCell>
                    <TableCell align="right">{money(r.remainingCents, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
}
