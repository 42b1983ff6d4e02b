import { Alert, Card, CardContent, Chip, Skeleton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useGetOne, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatIndicatorValue, money } from '../common/format';
import { fetchPayments } from './api';

/**
 * The payment schedule of an outcome contract (betalen wat werkt), quarter by quarter from approved
 * measurements only, through the last quarter that has ended. For the agreement's page: it renders nothing
 * for other kinds of agreement.
 */
export function AgreementPayments() {
  const agreement = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  const isContract = agreement?.kind === 'outcome_contract';
  const { data: project } = useGetOne('projects', { id: agreement?.projectId }, { enabled: isContract && agreement?.projectId != null });
  const { data, isPending, error } = useQuery({
    // This contract's schedule alone: however many contracts the lab has, the answer stays one contract's.
    queryKey: ['payments', project?.labId, agreement?.id],
    queryFn: () => fetchPayments(project!.labId as number, { agreement: agreement!.id as number }),
    enabled: isContract && project?.labId != null,
  });
  if (!isContract) return null;
  const contract = data?.contracts.find((c) => c.agreementId === agreement.id);
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>
          {translate('reports.payments.schedule')}{data ? ` ${translate('reports.payments.through', { quarter: data.through })}` : ''}
        </Typography>
        {isPending ? <Skeleton variant="rectangular" height={120} aria-label={translate('ra.page.loading')} />
          : error ? <Alert severity="error">{translate('reports.error')}</Alert>
          : !contract || contract.rows.length === 0 ? <Typography color="text.secondary">{translate('reports.payments.schedule_empty')}</Typography>
          : (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {contract.indicatorName} · {translate('reports.payments.price')}: {money(contract.pricePerUnitCents, locale)} ·{' '}
                {translate('reports.payments.paid')}: <strong>{money(contract.paidToDateCents, locale)}</strong> · {translate('reports.payments.remaining')}: {money(contract.remainingCents, locale)}
              </Typography>
              <TableContainer sx={{ maxHeight: 360 }}>
                <Table size="small" stickyHeader aria-labelledby={headingId}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('reports.payments.period')}</TableCell>
                      <TableCell align="right">{translate('reports.payments.figure')}</TableCell>
                      <TableCell align="right">{translate('reports.payments.units')}</TableCell>
                      <TableCell align="right">{translate('reports.payments.due')}</TableCell>
                      <TableCell align="right">{translate('reports.payments.paid')}</TableCell>
                      <TableCell align="right">{translate('reports.payments.remaining')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {contract.rows.map((r) => (
                      <TableRow key={r.period}>
                        <TableCell>{r.period}</TableCell>
                        <TableCell align="right">{r.figure == null ? '—' : formatIndicatorValue(r.figure, undefined, locale)}</TableCell>
                        <TableCell align="right">{formatIndicatorValue(r.units, undefined, locale)}</TableCell>
                        <TableCell align="right">{money(r.dueCents, locale)}{r.capped && <> <Chip size="small" label={translate('reports.payments.capped')} /></>}</TableCell>
                        <TableCell align="right">{money(r.paidToDateCents, locale)}</TableCell>
                        <TableCell align="right">{money(r.remainingCents, locale)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
      </CardContent>
    </Card>
  );
}
