import {
  Alert, Box, Card, CardContent, Chip, LinearProgress, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow,
  TablePagination, TableSortLabel, TextField, Tooltip, Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { HttpError, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import {
  DEFAULT_COMPARISON_SORT, isQuarter, PHASES, type ComparedDefinition, type ComparisonRow, type ComparisonSort, type ComparisonSortKey, type Phase, type Shown,
} from '@lab/domain';
import { formatIndicatorValue, money, percent } from '../common/format';
import { defaultLabQuarter, labQuarterChoices } from '../common/quarter';
import { DownloadButton } from '../reports/DownloadButton';
import { evidenceQuery, fetchEvidence, type EvidenceFilters } from './api';

export const EVIDENCE_PATH = '/evidence';

const numberParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * "Wat werkt": the lab's shared definitions compared across the projects that adopt them, for the focus team to
 * see which approaches work, where and for whom. Per definition a chart and a sortable table with each project's
 * latest value, progress, trend, evidence level, success criteria and cost per outcome; filters by definition,
 * theme, district and phase; CSV and XLSX downloads. Counts of people below the lab's threshold read "< 5".
 */
export function EvidencePage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const { data: labs, isPending } = useGetList('labs', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const lab = numberParam(params.get('lab')) ?? (labs?.[0]?.id as number | undefined);
  const labRecord = labs?.find((l) => l.id === lab);
  const asked = params.get('quarter');
  const quarter = asked && isQuarter(asked) ? asked : defaultLabQuarter(labRecord);
  const phase = (PHASES as readonly string[]).includes(params.get('phase') ?? '') ? params.get('phase') as Phase : undefined;
  const filters: EvidenceFilters | null = lab ? {
    lab, quarter, phase, definition: numberParam(params.get('definition')), theme: numberParam(params.get('theme')), district: numberParam(params.get('district')),
  } : null;
  const choose = (next: Partial<Record<keyof EvidenceFilters, string | number | undefined>>) => {
    const merged = { ...(filters ?? {}), ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])), { replace: true });
  };
  const { data: definitions } = useGetList('indicator-definitions', { filter: { labId: lab }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled: !!lab });
  const { data: themes } = useGetList('themes', { filter: { labId: lab }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: !!lab });
  const { data: districts } = useGetList('districts', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });

  const select = (label: string, value: string | number | undefined, options: { id: string | number; name: string }[], onChange: (v: string) => void, width = 180) => (
    <TextField select fullWidth={false} size="small" label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: width }}>
      <MenuItem value="">{translate('evidence.all')}</MenuItem>
      {options.map((o) => <MenuItem key={o.id} value={o.id}>{o.name}</MenuItem>)}
    </TextField>
  );

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('evidence.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>{translate('evidence.heading', { quarter })}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>{translate('evidence.intro')}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }} role="search" aria-label={translate('evidence.filters')}>
        {labs && labs.length > 1 && (
          <TextField select fullWidth={false} size="small" label={translate('resources.labs.name', { smart_count: 1 })} value={lab ?? ''} onChange={(e) => choose({ lab: Number(e.target.value), definition: undefined, theme: undefined })} sx={{ minWidth: 200 }}>
            {labs.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
          </TextField>
        )}
        <TextField select fullWidth={false} size="small" label={translate('resources.measurements.fields.period')} value={quarter} onChange={(e) => choose({ quarter: e.target.value })} sx={{ minWidth: 130 }}>
          {[...new Set([quarter, ...(labRecord ? labQuarterChoices(labRecord) : [])])].map((q) => <MenuItem key={q} value={q}>{q}</MenuItem>)}
        </TextField>
        {select(translate('evidence.definition'), filters?.definition, (definitions ?? []).map((d) => ({ id: d.id, name: d.name })), (v) => choose({ definition: v || undefined }), 240)}
        {select(translate('resources.themes.name', { smart_count: 1 }), filters?.theme, (themes ?? []).map((d) => ({ id: d.id, name: d.name })), (v) => choose({ theme: v || undefined }))}
        {select(translate('evidence.district'), filters?.district, (districts ?? []).map((d) => ({ id: d.id, name: d.name })), (v) => choose({ district: v || undefined }))}
        {select(translate('resources.projects.fields.phase'), phase, PHASES.map((p) => ({ id: p, name: translate(`enums.phase.${p}`) })), (v) => choose({ phase: v || undefined }), 150)}
      </Stack>
      {isPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
        : !filters ? <Alert severity="info">{translate('reports.no_lab')}</Alert>
        : <Comparison key={evidenceQuery(filters)} filters={filters} />}
    </Box>
  );
}

function Comparison({ filters }: { filters: EvidenceFilters }) {
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({ queryKey: ['evidence', evidenceQuery(filters)], queryFn: () => fetchEvidence(filters) });
  if (isPending) {
    return (
      <Box role="status" sx={{ py: 3 }}>
        <Typography sx={{ mb: 1 }}>{translate('evidence.loading')}</Typography>
        <LinearProgress aria-label={translate('evidence.loading')} />
      </Box>
    );
  }
  if (error || !data) {
    const fields = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
    const message = fields ? Object.entries(fields).map(([f, fix]) => `${f} ${fix}`).join('; ') : (error as Error)?.message ?? '';
    return <Alert severity="error">{translate('evidence.error')} {message}</Alert>;
  }
  const shown = data.definitions.filter((d) => d.rowCount > 0);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        {(['csv', 'xlsx'] as const).map((f) => (
          <DownloadButton key={f} url={`/api/evidence?${evidenceQuery(filters, f)}`} fileName={`wat-werkt-${filters.quarter}.${f}`} label={f.toUpperCase()}
            ariaLabel={translate('evidence.download', { format: f.toUpperCase() })} size="small" />
        ))}
      </Stack>
      <Typography variant="body2" color="text.secondary">{translate('evidence.small_numbers', { threshold: data.lab.smallNumberThreshold })}</Typography>
      {data.definitions.length === 0 ? <Alert severity="info">{translate('evidence.no_definitions')}</Alert>
        : shown.length === 0 ? <Alert severity="info">{translate('evidence.no_rows')}</Alert>
        : shown.map((d) => <DefinitionCard key={d.id} first={d} filters={filters} threshold={data.lab.smallNumberThreshold} />)}
    </Stack>
  );
}

const ROWS_PER_PAGE = 25;

/**
 * One definition: its first page of rows comes with the whole comparison; another order or page is asked of the
 * API for this definition alone (it sorts and pages, so a lab of a thousand projects answers 25 rows at a time).
 */
function DefinitionCard({ first, filters, threshold }: { first: ComparedDefinition; filters: EvidenceFilters; threshold: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  const [sort, setSort] = useState<ComparisonSort>(DEFAULT_COMPARISON_SORT);
  const [page, setPage] = useState(0);
  const asFirst = page === 0 && sort.key === DEFAULT_COMPARISON_SORT.key && sort.order === DEFAULT_COMPARISON_SORT.order;
  const range: [number, number] = [page * ROWS_PER_PAGE, page * ROWS_PER_PAGE + ROWS_PER_PAGE - 1];
  const { data: other, isFetching, error } = useQuery({
    queryKey: ['evidence', evidenceQuery({ ...filters, definition: first.id }), sort, range],
    queryFn: () => fetchEvidence({ ...filters, definition: first.id }, { sort, range }),
    enabled: !asFirst,
    placeholderData: keepPreviousData,
  });
  const d = asFirst ? first : other?.definitions[0] ?? first;
  const rows = d.rows;
  const fmt = (v: Shown) => (typeof v === 'string' ? v : formatIndicatorValue(v, d.unit, locale));
  const header = (key: ComparisonSortKey, label: string, align: 'left' | 'right' = 'right') => (
    <TableCell align={align} sortDirection={sort.key === key ? sort.order : false}>
      <TableSortLabel active={sort.key === key} direction={sort.key === key ? sort.order : 'asc'}
        onClick={() => { setSort({ key, order: sort.key === key && sort.order === 'desc' ? 'asc' : 'desc' }); setPage(0); }}>{label}</TableSortLabel>
    </TableCell>
  );
  const chart = rows.filter((r) => r.progress !== null).map((r) => ({ code: r.projectCode, progress: Math.round(r.progress! * 100) }));
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid={`evidence-definition-${d.id}`}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">{d.name}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`enums.indicator_unit.${d.unit}`)} · {translate(`enums.aggregation.${d.aggregation}`)} · {translate(`resources.indicators.direction_better.${d.direction}`)}
        </Typography>
        <TotalsLine definition={d} />
        {chart.length > 0 && (
          <Box sx={{ height: 40 + chart.length * 28, maxWidth: 720, mb: 1 }} role="img" aria-label={translate('evidence.chart', { name: d.name, points: chart.map((c) => `${c.code} ${c.progress}%`).join(', ') })}>
            <ResponsiveContainer>
              <BarChart data={chart} layout="vertical" margin={{ left: 8, right: 24 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" domain={[0, (max: number) => Math.max(100, max)]} tickFormatter={(v: number) => `${v}%`} />
                <YAxis type="category" dataKey="code" width={72} />
                <Bar dataKey="progress" fill="#004699" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </Box>
        )}
        {error && <Alert severity="error" sx={{ mb: 1 }}>{translate('evidence.error')} {(error as Error).message}</Alert>}
        {!asFirst && isFetching && <LinearProgress aria-label={translate('evidence.loading')} sx={{ mb: 1 }} />}
        <TableContainer>
          <Table size="small" aria-labelledby={headingId} aria-busy={!asFirst && isFetching}>
            <ComparisonHeader sortable={header} />
            <TableBody>
              {rows.map((r) => <Row key={r.indicatorId} row={r} fmt={fmt} threshold={threshold} />)}
            </TableBody>
          </Table>
        </TableContainer>
        {d.rowCount > ROWS_PER_PAGE && (
          <TablePagination component="div" count={d.rowCount} page={page} onPageChange={(_e, p) => setPage(p)}
            rowsPerPage={ROWS_PER_PAGE} rowsPerPageOptions={[ROWS_PER_PAGE]}
            labelDisplayedRows={({ from, to, count }) => translate('evidence.rows_shown', { from, to, count })} />
        )}
      </CardContent>
    </Card>
  );
}

/** A definition's lab totals in one line: the projects, a sum where adding up is sound, else ranges, and the evidence levels. */
export function TotalsLine({ definition: d }: { definition: ComparedDefinition }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fmt = (v: Shown) => (typeof v === 'string' ? v : formatIndicatorValue(v, d.unit, locale));
  const t = d.totals;
  return (
    <Typography variant="body2" sx={{ mb: 1 }} data-testid="evidence-totals">
      {translate('evidence.totals.projects', { smart_count: t.projects, withValue: t.withValue })}
      {t.sum !== null && ` · ${translate('evidence.totals.sum', { sum: fmt(t.sum) })}`}
      {t.figureRange && ` · ${translate('evidence.totals.range', { min: fmt(t.figureRange.min), max: fmt(t.figureRange.max) })}`}
      {t.progressRange && ` · ${translate('evidence.totals.progress', { min: percent(t.progressRange.min, locale), max: percent(t.progressRange.max, locale) })}`}
      {` · ${translate('evidence.totals.levels', { min: t.levelRange.min, max: t.levelRange.max })}`}
    </Typography>
  );
}

/** The header cells of the comparison's table, with sorting where `sortable` gives it. */
export function ComparisonHeader({ sortable }: { sortable?: (key: ComparisonSortKey, label: string, align?: 'left' | 'right') => ReactNode }) {
  const translate = useTranslate();
  const cell = (key: ComparisonSortKey, label: string, align: 'left' | 'right' = 'right') => (sortable ? sortable(key, label, align) : <TableCell align={align}>{label}</TableCell>);
  return (
    <TableHead>
      <TableRow>
        {cell('project', translate('resources.projects.name', { smart_count: 1 }), 'left')}
        {cell('phase', translate('resources.projects.fields.phase'), 'left')}
        {cell('latest', translate('evidence.columns.latest'))}
        {cell('figure', translate('reports.projects.figure'))}
        <TableCell align="right">{translate('quarters.target_in_force')}</TableCell>
        {cell('progress', translate('reports.projects.progress'))}
        <TableCell>{translate('evidence.columns.trend')}</TableCell>
        {cell('level', translate('resources.indicators.fields.evidence'), 'left')}
        <TableCell align="right">{translate('evidence.columns.criteria')}</TableCell>
        {cell('cost', translate('evidence.columns.cost'))}
      </TableRow>
    </TableHead>
  );
}

/** A project's row of the comparison, linking to the project and to its latest quarter with the breakdown. */
export function ComparisonRowCells({ row: r, unit, threshold }: { row: ComparisonRow; unit: ComparedDefinition['unit']; threshold: number }) {
  const [locale] = useLocaleState();
  return <Row row={r} threshold={threshold} fmt={(v: Shown) => (typeof v === 'string' ? v : formatIndicatorValue(v, unit, locale))} />;
}

function Row({ row: r, fmt, threshold }: { row: ComparisonRow; fmt: (v: Shown) => string; threshold: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const hiddenTip = (v: Shown, text: string) => (typeof v === 'string' ? <Tooltip title={translate('reports.projects.hidden', { threshold })}><span>{text}</span></Tooltip> : text);
  return (
    <TableRow data-testid={`evidence-row-${r.projectCode}`}>
      <TableCell sx={{ minWidth: 240 }}>
        <Link component={RouterLink} to={`/projects/${r.projectId}/show`}>{r.projectCode}</Link> {r.projectTitle}
        <Typography variant="caption" component="div" color="text.secondary">{r.indicatorName}</Typography>
      </TableCell>
      <TableCell>{translate(`enums.phase.${r.phase}`)}</TableCell>
      <TableCell align="right">
        {r.latest ? (
          <>
            {hiddenTip(r.latest.value, fmt(r.latest.value))}
            <Link component={RouterLink} to={`/projects/${r.projectId}/quarters/${r.latest.period}`} variant="caption" sx={{ display: 'block' }}
              aria-label={translate('evidence.open_quarter', { code: r.projectCode, period: r.latest.period })}>{r.latest.period}</Link>
          </>
        ) : '—'}
      </TableCell>
      <TableCell align="right">{r.figure === null ? '—' : hiddenTip(r.figure, fmt(r.figure))}</TableCell>
      <TableCell align="right">{r.target === null ? '—' : fmt(r.target)}</TableCell>
      <TableCell align="right">{percent(r.progress, locale)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', fontSize: '0.8rem' }}>{r.trend.map((q) => (q.value === null ? '·' : fmt(q.value))).join(' → ')}</TableCell>
      <TableCell><Chip size="small" variant="outlined" label={r.evidenceLabel[locale === 'en' ? 'en' : 'nl']} /></TableCell>
      <TableCell align="right">{r.criteria ? translate('evidence.criteria', { met: r.criteria.met, total: r.criteria.total }) : '—'}</TableCell>
      <TableCell align="right">{r.costPerOutcomeCents === null ? '—' : money(r.costPerOutcomeCents, locale)}</TableCell>
    </TableRow>
  );
}
