import { Alert, Box, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { HttpError, Title, useGetList, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, isQuarter } from '@lab/domain';
import { defaultLabQuarter, labQuarterChoices } from '../common/quarter';
import { fetchReport } from './api';
import { FrozenVersions } from './FrozenVersions';
import { PendingWarning } from './PendingWarning';
import { ProjectSection } from './ProjectSection';
import { ReportDownloads } from './ReportDownloads';
import { ReportEvidence } from './ReportEvidence';
import { ReportPayments } from './ReportPayments';
import { ReportCorrections } from './ReportCorrections';
import { ReportTotals } from './ReportTotals';

export const REPORTS_PATH = '/reports';

/**
 * The quarterly outcome report (kwartaalrapportage) of a lab: lab-wide totals, a section per project,
 * outcome payments, measurements still pending (which do not count), downloads as PDF, XLSX and CSV, and
 * the frozen versions, each saying whether and when it went to the council, and which one the council received
 * last. Administrators freeze, and record a version's sending.
 */
export function ReportPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const { data: labs, isPending: labsPending } = useGetList('labs', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const lab = Number(params.get('lab')) || (labs?.[0]?.id as number | undefined);
  const labRecord = labs?.find((l) => l.id === lab);
  const asked = params.get('quarter');
  const quarter = asked && isQuarter(asked) ? asked : defaultLabQuarter(labRecord);
  const choose = (next: { lab?: number; quarter?: string }) =>
    setParams({ lab: String(next.lab ?? lab ?? ''), quarter: next.quarter ?? quarter }, { replace: true });

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('reports.title')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 2 }}>
        <Typography variant="h5" component="h1">{translate('reports.heading', { quarter })}</Typography>
        <Stack direction="row" spacing={2}>
          {labs && labs.length > 0 && (
            <TextField select size="small" label={translate('resources.labs.name', { smart_count: 1 })} value={lab ?? ''} onChange={(e) => choose({ lab: Number(e.target.value) })} sx={{ minWidth: 220 }}>
              {labs.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
            </TextField>
          )}
          <TextField select size="small" label={translate('resources.measurements.fields.period')} value={quarter} onChange={(e) => choose({ quarter: e.target.value })} sx={{ minWidth: 130 }}>
            {[...new Set([quarter, ...(labRecord ? labQuarterChoices(labRecord) : [])])].map((q) => <MenuItem key={q} value={q}>{q}</MenuItem>)}
          </TextField>
        </Stack>
      </Stack>
      {labsPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
        : !lab ? <Alert severity="info">{translate('reports.no_lab')}</Alert>
        : <Report key={`${lab}-${quarter}`} lab={lab} quarter={quarter} />}
    </Box>
  );
}

function Report({ lab, quarter }: { lab: number; quarter: string }) {
  const translate = useTranslate();
  const { data: report, isPending, error } = useQuery({ queryKey: ['report', lab, quarter], queryFn: () => fetchReport(lab, quarter) });

  if (isPending) {
    return (
      <Box role="status" sx={{ py: 3 }}>
        <Typography sx={{ mb: 1 }}>{translate('reports.generating')}</Typography>
        <LinearProgress aria-label={translate('reports.generating')} />
      </Box>
    );
  }
  if (error || !report) {
    // A refused quarter (outside the lab's window) says the range under its field.
    const fields = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
    const message = fields && Object.keys(fields).length
      ? Object.entries(fields).map(([field, fix]) => `${field} ${fix}`).join('; ')
      : (error as Error)?.message ?? 'ra.notification.http_error';
    return <Alert severity="error">{translate('reports.error')} {translate(message, { _: message })}</Alert>;
  }

  return (
    <Stack spacing={2}>
      <PendingWarning report={report} />
      <ReportDownloads lab={lab} quarter={quarter} generatedAt={report.generatedAt} />
      <FrozenVersions lab={lab} quarter={quarter} pending={report.pending.length} />
      <ReportTotals report={report} />
      <ReportPayments rows={report.payments} title={translate('reports.payments.title')} />
      <ReportCorrections corrections={report.corrections} />
      <Box component="section" aria-labelledby="report-projects">
        <Typography id="report-projects" variant="h6" component="h2" sx={{ mb: 1 }}>{translate('reports.projects.title')}</Typography>
        {report.projects.length === 0 ? <Typography color="text.secondary">{translate('reports.projects.empty')}</Typography>
          : report.projects.map((p) => <ProjectSection key={p.id} project={p} threshold={report.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD} />)}
      </Box>
      <ReportEvidence report={report} />
    </Stack>
  );
}
