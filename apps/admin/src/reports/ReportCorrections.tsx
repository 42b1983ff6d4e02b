import { Card, CardContent, Typography } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportCorrections as Corrections } from '@lab/domain';
import { instant } from '../common/format';
import { CorrectionsTable, signedMoney } from './CorrectionsTable';

/** The report's corrections of closed earlier quarters since the lab's last freeze, with their effect on payments. */
export function ReportCorrections({ corrections }: { corrections: Corrections | undefined }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  if (!corrections) return null;
  return (
    <Card component="section" aria-labelledby={headingId} data-testid="report-corrections">
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>{translate('reports.corrections.title')}</Typography>
        {corrections.items.length === 0 ? <Typography color="text.secondary">{translate('reports.corrections.empty')}</Typography> : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {corrections.since
                ? translate('reports.corrections.intro', { since: instant(corrections.since, locale) })
                : translate('reports.corrections.intro_all')}
            </Typography>
            <CorrectionsTable items={corrections.items} label={translate('reports.corrections.title')} />
            <Typography sx={{ mt: 1 }}>
              <strong>{translate('reports.corrections.total', { amount: signedMoney(corrections.paymentDifferenceCents, locale) })}</strong>
            </Typography>
            {corrections.total > corrections.items.length && (
              <Typography variant="body2" color="text.secondary">
                {translate('reports.corrections.more', { shown: corrections.items.length, total: corrections.total })}
              </Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
