import { Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { REPORT_FILE_FORMATS } from '@lab/domain';
import { instant } from '../common/format';
import { reportFileUrl } from './api';
import { DownloadButton } from './DownloadButton';

/** The report as it stands now, as PDF, XLSX and CSV (not frozen: the figures may still change). */
export function ReportDownloads({ lab, quarter, generatedAt }: { lab: number; quarter: string; generatedAt: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const base = `kwartaalrapportage-${quarter}`;
  return (
    <Card>
      <CardHeader title={translate('reports.downloads.title')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} subheader={translate('reports.generated_at', { date: instant(generatedAt, locale) })} />
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          {REPORT_FILE_FORMATS.map((f) => (
            <DownloadButton key={f} url={reportFileUrl(lab, quarter, f)} fileName={`${base}.${f}`} label={f.toUpperCase()} ariaLabel={translate('reports.downloads.current', { format: f.toUpperCase() })} />
          ))}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('reports.downloads.help')}</Typography>
      </CardContent>
    </Card>
  );
}
