import VerifiedIcon from '@mui/icons-material/Verified';
import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { QuarterlyReport } from '@lab/domain';

/** The measurements still waiting for review, which the report does not count; or that there are none. */
export function PendingWarning({ report }: { report: QuarterlyReport }) {
  const translate = useTranslate();
  if (report.pending.length === 0) {
    return <Alert severity="success" icon={<VerifiedIcon />}>{translate('reports.pending.none')}</Alert>;
  }
  return (
    <Alert severity="warning" data-testid="report-pending">
      <AlertTitle>{translate('reports.pending.title', { smart_count: report.pending.length })}</AlertTitle>
      {translate('reports.pending.text')}
      <Box component="ul" sx={{ my: 0.5, pl: 2, maxHeight: 180, overflow: 'auto' }}>
        {report.pending.map((p) => (
          <li key={p.measurementId}>
            <Link component={RouterLink} to={`/measurements/${p.measurementId}/show`} color="inherit">
              {p.projectCode} · {p.indicatorName}
            </Link>{' '}— {translate(`enums.measurement_status.${p.status}`)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
