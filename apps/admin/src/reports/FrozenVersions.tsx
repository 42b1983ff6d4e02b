import AcUnitIcon from '@mui/icons-material/AcUnit';
import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, CardHeader, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { REPORT_FILE_FORMATS, type FrozenReportVersion } from '@lab/domain';
import { FREEZE_ACTION } from '../auth/access';
import { instant } from '../common/format';
import { fetchVersions, versionFileUrl } from './api';
import { DownloadButton } from './DownloadButton';
import { FreezeDialog } from './FreezeDialog';

/**
 * The frozen versions of the quarter's report, newest first: the latest is the one the council received,
 * with its checksum; every version keeps its files. Administrators freeze a new one here.
 */
export function FrozenVersions({ lab, quarter, pending }: { lab: number; quarter: string; pending: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: mayFreeze } = useCanAccess({ resource: 'reports', action: FREEZE_ACTION });
  const [freezing, setFreezing] = useState(false);
  const { data: versions, isPending, error } = useQuery({ queryKey: ['report-versions', lab, quarter], queryFn: () => fetchVersions(lab, quarter) });
  const latest = versions?.[0];

  return (
    <Card data-testid="report-versions">
      <CardHeader
        title={translate('reports.versions.title')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={mayFreeze ? (
          <Button variant="contained" startIcon={<AcUnitIcon aria-hidden />} onClick={() => setFreezing(true)} sx={{ mt: 1, mr: 1 }}>
            {translate('reports.freeze.button')}
          </Button>
        ) : undefined}
      />
      <CardContent>
        {isPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
          : error ? <Alert severity="error">{translate('reports.versions.error')}</Alert>
          : !latest ? <Typography color="text.secondary">{translate('reports.versions.empty')}</Typography>
          : (
            <>
              <Alert severity="info" icon={<VerifiedIcon />} sx={{ mb: 2 }} data-testid="council-version">
                <AlertTitle>{translate('reports.versions.council', { version: `v${latest.version}` })}</AlertTitle>
                {translate('reports.versions.frozen_by', { date: instant(latest.frozenAt, locale), name: latest.frozenByName ?? '—' })}
                <Box sx={{ mt: 0.5 }}>
                  {translate('reports.versions.checksum')} (PDF):{' '}
                  <Box component="code" sx={{ wordBreak: 'break-all', fontSize: 12 }}>{latest.pdfSha256}</Box>
                </Box>
              </Alert>
              <TableContainer>
                <Table size="small" aria-label={translate('reports.versions.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('reports.versions.version')}</TableCell>
                      <TableCell>{translate('reports.versions.frozen_at')}</TableCell>
                      <TableCell>{translate('reports.versions.by')}</TableCell>
                      <TableCell>{translate('reports.versions.note')}</TableCell>
                      <TableCell>{translate('reports.versions.checksum')}</TableCell>
                      <TableCell>{translate('reports.versions.files')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {versions.map((v) => <VersionRow key={v.id} version={v} latest={v.id === latest.id} quarter={quarter} />)}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
      </CardContent>
      {freezing && <FreezeDialog lab={lab} quarter={quarter} pending={pending} next={(latest?.version ?? 0) + 1} onClose={() => setFreezing(false)} />}
    </Card>
  );
}

function VersionRow({ version: v, latest, quarter }: { version: FrozenReportVersion; latest: boolean; quarter: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow data-testid={`version-v${v.version}`} sx={latest ? { bgcolor: 'rgba(0, 70, 153, 0.08)' } : undefined}>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <strong>v{v.version}</strong>
          {latest && <Chip size="small" color="secondary" icon={<VerifiedIcon aria-hidden />} label={translate('reports.versions.sent')} />}
        </Stack>
      </TableCell>
      <TableCell>{instant(v.frozenAt, locale)}</TableCell>
      <TableCell>{v.frozenByName ?? '—'}</TableCell>
      <TableCell>{v.note ?? '—'}</TableCell>
      <TableCell>
        <Box component="code" title={`PDF ${v.pdfSha256}\nXLSX ${v.xlsxSha256}\nCSV ${v.csvSha256}\nJSON ${v.dataSha256}`} sx={{ fontSize: 12 }}>
          {v.pdfSha256.slice(0, 12)}…
        </Box>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {REPORT_FILE_FORMATS.map((f) => (
            <DownloadButton
              key={f}
              size="small"
              variant="text"
              url={versionFileUrl(v.id, f)}
              fileName={`kwartaalrapportage-${quarter}-v${v.version}.${f}`}
              label={f.toUpperCase()}
              ariaLabel={translate('reports.versions.download', { format: f.toUpperCase(), version: `v${v.version}` })}
            />
          ))}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
