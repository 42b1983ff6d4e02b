import AcUnitIcon from '@mui/icons-material/AcUnit';
import SendIcon from '@mui/icons-material/Send';
import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, CardHeader, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { lastSentVersion, REPORT_FILE_FORMATS, type FrozenReportVersion } from '@lab/domain';
import { FREEZE_ACTION, SEND_ACTION } from '../auth/access';
import { day, instant } from '../common/format';
import { fetchVersions, versionFileUrl } from './api';
import { DownloadButton } from './DownloadButton';
import { FreezeDialog } from './FreezeDialog';
import { SendDialog } from './SendDialog';
import { VersionChanges } from './VersionChanges';

/**
 * The frozen versions of the quarter's report, newest first, each with its files and whether and when it was
 * sent to the council; above them, the version the council received last. Administrators freeze a new version
 * here, and record a version's sending (freezing alone sends nothing).
 */
export function FrozenVersions({ lab, quarter, pending }: { lab: number; quarter: string; pending: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: mayFreeze } = useCanAccess({ resource: 'reports', action: FREEZE_ACTION });
  const { canAccess: maySend } = useCanAccess({ resource: 'reports', action: SEND_ACTION });
  const [freezing, setFreezing] = useState(false);
  const [sending, setSending] = useState<FrozenReportVersion | null>(null);
  const [changes, setChanges] = useState<FrozenReportVersion | null>(null);
  const { data: versions, isPending, error } = useQuery({ queryKey: ['report-versions', lab, quarter], queryFn: () => fetchVersions(lab, quarter) });
  const latest = versions?.[0];
  const council = versions ? lastSentVersion(versions) : null;

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
              {council ? (
                <Alert severity="info" icon={<VerifiedIcon />} sx={{ mb: 2 }} data-testid="council-version">
                  <AlertTitle>{translate('reports.versions.council', { version: `v${council.version}`, date: day(council.sentOn, locale, 'long') })}</AlertTitle>
                  {translate('reports.versions.council_by', { name: council.sentByName ?? '—', frozen: instant(council.frozenAt, locale) })}
                  {council.sentNote && <Box sx={{ mt: 0.5 }}>{translate('reports.versions.council_note', { note: council.sentNote })}</Box>}
                  {latest.version > council.version && !latest.sentOn && (
                    <Box sx={{ mt: 0.5 }}><strong>{translate('reports.versions.newer', { version: `v${latest.version}` })}</strong></Box>
                  )}
                  <Box sx={{ mt: 0.5 }}>
                    {translate('reports.versions.checksum')} (PDF):{' '}
                    <Box component="code" sx={{ wordBreak: 'break-all', fontSize: 12 }}>{council.pdfSha256}</Box>
                  </Box>
                </Alert>
              ) : (
                <Alert severity="warning" sx={{ mb: 2 }} data-testid="council-version">
                  <AlertTitle>{translate('reports.versions.council_none')}</AlertTitle>
                  {translate('reports.versions.council_none_text', { version: `v${latest.version}` })}
                </Alert>
              )}
              <TableContainer>
                <Table size="small" aria-label={translate('reports.versions.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('reports.versions.version')}</TableCell>
                      <TableCell>{translate('reports.versions.frozen_at')}</TableCell>
                      <TableCell>{translate('reports.versions.by')}</TableCell>
                      <TableCell>{translate('reports.versions.note')}</TableCell>
                      <TableCell>{translate('reports.versions.council_column')}</TableCell>
                      <TableCell>{translate('reports.versions.checksum')}</TableCell>
                      <TableCell>{translate('reports.versions.files')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {versions.map((v) => (
                      <VersionRow
                        key={v.id} version={v} council={v.id === council?.id} quarter={quarter} onSend={maySend ? () => setSending(v) : undefined}
                        onChanges={() => setChanges(v)}
                      />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
      </CardContent>
      {changes && <VersionChanges version={changes} quarter={quarter} onClose={() => setChanges(null)} />}
      {sending && <SendDialog version={sending} lab={lab} quarter={quarter} onClose={() => setSending(null)} />}
      {freezing && <FreezeDialog lab={lab} quarter={quarter} pending={pending} next={(latest?.version ?? 0) + 1} onClose={() => setFreezing(false)} />}
    </Card>
  );
}

function VersionRow({ version: v, council, quarter, onSend, onChanges }: {
  version: FrozenReportVersion; council: boolean; quarter: string; onSend?: () => void; onChanges: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow data-testid={`version-v${v.version}`} sx={council ? { bgcolor: 'rgba(0, 70, 153, 0.08)' } : undefined}>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <strong>v{v.version}</strong>
          {council && <Chip size="small" color="secondary" icon={<VerifiedIcon aria-hidden />} label={translate('reports.versions.sent')} />}
        </Stack>
      </TableCell>
      <TableCell>{instant(v.frozenAt, locale)}</TableCell>
      <TableCell>{v.frozenByName ?? '—'}</TableCell>
      <TableCell>{v.note ?? '—'}</TableCell>
      <TableCell data-testid={`version-v${v.version}-council`}>
        {v.sentOn ? (
          <>
            <Box>{translate('reports.versions.sent_line', { date: day(v.sentOn, locale), name: v.sentByName ?? '—' })}</Box>
            {v.sentNote && <Typography variant="body2" color="text.secondary">{v.sentNote}</Typography>}
          </>
        ) : (
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <span>{translate('reports.versions.not_sent')}</span>
            {onSend && (
              <Button
                size="small"
                variant="outlined"
                startIcon={<SendIcon aria-hidden />}
                onClick={onSend}
                aria-label={translate('reports.send.button_label', { version: `v${v.version}` })}
              >
                {translate('reports.send.button')}
              </Button>
            )}
          </Stack>
        )}
      </TableCell>
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
          <Button size="small" variant="text" onClick={onChanges} aria-label={translate('reports.changes.button_label', { version: `v${v.version}` })}>
            {translate('reports.changes.button')}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
