import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import RemoveIcon from '@mui/icons-material/Remove';
import ScheduleIcon from '@mui/icons-material/Schedule';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Link, MenuItem, Skeleton, Stack, Table, TableBody, TableCell, TableContainer, TableHead,
  TableRow, TextField, Tooltip, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { addQuarters, quarterOfDate, type Calendar, type CalendarCell, type ReportingState } from '@lab/domain';
import { day } from '../common/format';
import { httpClient } from '../data-provider';
import { quarterEntryPath } from './paths';

/** The states in the order the legend lists them: what needs action first. */
const CALENDAR_STATES: readonly ReportingState[] = ['overdue', 'returned', 'open', 'submitted', 'approved', 'not_due', 'none'];

/** Each state has its colour, its icon and its word: the grid never speaks in colour alone. */
const LOOK: Record<ReportingState, { bg: string; fg: string; icon: typeof CheckCircleIcon }> = {
  overdue: { bg: '#fde7e9', fg: '#a4000f', icon: ErrorIcon },
  returned: { bg: '#fff1d6', fg: '#7a4a00', icon: UndoIcon },
  open: { bg: '#eef3fb', fg: '#1c3f7a', icon: EditNoteIcon },
  submitted: { bg: '#e3f0fa', fg: '#0b4f80', icon: HourglassTopIcon },
  approved: { bg: '#e3f4e8', fg: '#1b5e20', icon: CheckCircleIcon },
  not_due: { bg: '#f5f5f5', fg: '#4a4a4a', icon: ScheduleIcon },
  none: { bg: 'transparent', fg: '#6b6b6b', icon: RemoveIcon },
};

/**
 * The reporting calendar as a grid: a row per project, a column per quarter, each cell saying the state of the
 * quarter's status update and measurements (due a set number of days after the quarter ends, per lab).
 * A cell opens the quarterly entry of that project and quarter.
 */
export function ReportingCalendar() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: labs = [] } = useGetList('labs', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const [lab, setLab] = useState<number | ''>('');
  // The API chooses the first window (8 quarters up to the lab's next report due, at most the current
  // quarter); "Eerder" and "Later" move it by a year from there, never past the current quarter nor before
  // the first quarter the API allows for the lab (its window, from a year before the lab's start date).
  const [shift, setShift] = useState(0);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [earliest, setEarliest] = useState<string | null>(null);
  const current = quarterOfDate(new Date());
  const to = addQuarters(anchor ?? current, shift);
  const from = earliest !== null && addQuarters(to, -7) < earliest ? earliest : addQuarters(to, -7);
  const { data, isPending, error } = useQuery({
    queryKey: ['calendar', lab, shift],
    queryFn: async () => {
      const params = [lab === '' ? '' : `lab=${lab}`, shift === 0 ? '' : `from=${from}&to=${to}`].filter(Boolean).join('&');
      return (await httpClient(`/api/reports/calendar${params ? `?${params}` : ''}`)).json as Calendar;
    },
    placeholderData: (previous) => previous,
  });
  const windowEnd = data?.quarters.at(-1);
  useEffect(() => {
    if (shift === 0 && windowEnd) setAnchor(windowEnd);
  }, [shift, windowEnd]);
  const allowedFrom = data?.window.from;
  useEffect(() => {
    if (allowedFrom) setEarliest(allowedFrom);
  }, [allowedFrom]);

  const describe = (project: { code: string }, cell: CalendarCell) => {
    const m = cell.measurements;
    // The visible word leads the accessible name, so that speech input can use what is on screen.
    const short = translate(`quarters.calendar.short.${cell.state}`);
    const long = translate(`quarters.calendar.state.${cell.state}`);
    const state = cell.state === 'none' || short === long ? long : `${short} (${long})`;
    const parts = [
      `${project.code} ${cell.period}: ${state}`,
      translate('quarters.calendar.due_on', { date: day(cell.dueDate, locale) }),
      `${translate('quarters.status_update')}: ${translate(`quarters.calendar.status_update.${cell.statusUpdate}`)}`,
    ];
    if (m.expected > 0) {
      parts.push(translate('quarters.calendar.measurements', {
        expected: m.expected, approved: m.approved, submitted: m.submitted, returned: m.returned, draft: m.draft, missing: m.missing,
      }));
    }
    return parts.join('. ');
  };

  return (
    <Card>
      <CardHeader
        title={translate('quarters.calendar.title')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        subheader={data ? translate('quarters.calendar.subheader', { smart_count: data.dueDays }) : undefined}
        action={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1, mr: 1 }}>
            {labs.length > 1 && (
              <TextField select size="small" label={translate('resources.labs.name', { smart_count: 1 })} value={lab === '' ? data?.labId ?? '' : lab} onChange={(e) => { setLab(Number(e.target.value)); setShift(0); setAnchor(null); setEarliest(null); }} sx={{ minWidth: 200 }}>
                {labs.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
              </TextField>
            )}
            <Button size="small" startIcon={<ChevronLeftIcon aria-hidden />} onClick={() => setShift((s) => s - 4)} disabled={earliest !== null && from <= earliest} aria-label={translate('quarters.calendar.earlier')}>
              {translate('quarters.calendar.earlier_short')}
            </Button>
            <Button size="small" endIcon={<ChevronRightIcon aria-hidden />} onClick={() => setShift((s) => s + 4)} disabled={to >= current} aria-label={translate('quarters.calendar.later')}>
              {translate('quarters.calendar.later_short')}
            </Button>
          </Stack>
        }
      />
      <CardContent>
        {isPending ? <Skeleton variant="rectangular" height={240} aria-label={translate('ra.page.loading')} />
          : error || !data ? <Alert severity="error">{translate('quarters.calendar.error')}</Alert>
          : data.projects.length === 0 ? <Typography>{translate('quarters.calendar.empty')}</Typography>
          : (
            <>
              <TableContainer sx={{ maxHeight: 560 }}>
                <Table size="small" stickyHeader aria-label={translate('quarters.calendar.title')} data-testid="calendar">
                  <TableHead>
                    <TableRow>
                      <TableCell component="th" scope="col">{translate('resources.projects.name', { smart_count: 1 })}</TableCell>
                      {data.quarters.map((q) => <TableCell key={q} component="th" scope="col" align="center">{q}</TableCell>)}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.projects.map((p) => (
                      <TableRow key={p.id}>
                        <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                          <Link component={RouterLink} to={`/projects/${p.id}/show`} underline="hover" title={p.title}>
                            <strong>{p.code}</strong> {p.title}
                          </Link>
                        </TableCell>
                        {data.quarters.map((q) => {
                          const cell = p.cells.find((c) => c.period === q);
                          if (!cell) return <TableCell key={q} />;
                          const look = LOOK[cell.state] ?? LOOK.none;
                          const Icon = look.icon;
                          const label = describe(p, cell);
                          const content = (
                            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', justifyContent: 'center', color: look.fg }}>
                              <Icon sx={{ fontSize: 16 }} aria-hidden />
                              {cell.state !== 'none' && (
                                <Typography component="span" variant="caption" sx={{ fontWeight: 600, color: look.fg }}>
                                  {translate(`quarters.calendar.short.${cell.state}`)}
                                </Typography>
                              )}
                            </Stack>
                          );
                          return (
                            <TableCell key={q} align="center" sx={{ bgcolor: look.bg, p: 0.5, borderLeft: 1, borderColor: 'divider' }} data-testid={`calendar-${p.code}-${q}`} data-state={cell.state}>
                              <Tooltip title={label}>
                                <Link
                                  component={RouterLink}
                                  to={quarterEntryPath(p.id, q)}
                                  underline="none"
                                  aria-label={label}
                                  sx={{ display: 'block', py: 0.5, borderRadius: 1, '&:hover, &:focus-visible': { outline: 2, outlineColor: look.fg } }}
                                >
                                  {content}
                                </Link>
                              </Tooltip>
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 1.5 }} component="ul" aria-label={translate('quarters.calendar.legend')} style={{ listStyle: 'none', padding: 0, margin: '12px 0 0' }}>
                {CALENDAR_STATES.map((s) => {
                  const Icon = LOOK[s].icon;
                  return (
                    <Box component="li" key={s} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                      <Box sx={{ bgcolor: LOOK[s].bg, color: LOOK[s].fg, border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.5, display: 'flex', alignItems: 'center' }}>
                        <Icon sx={{ fontSize: 16 }} aria-hidden />
                      </Box>
                      <Typography variant="caption">{translate(`quarters.calendar.state.${s}`)}</Typography>
                    </Box>
                  );
                })}
              </Stack>
            </>
          )}
      </CardContent>
    </Card>
  );
}
