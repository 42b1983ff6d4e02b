import type { MouseEvent, ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Link, useCreatePath, useGetManyAggregate, useGetRecordRepresentation, useLocaleState, useRecordContext, useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { isOneOf, SECURITY_ACTIONS } from '@lab/domain';
import { day, decimal, instant, money } from '../common/format';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** Which enum group a changed field's values belong to, so that history speaks words, not codes. */
const ENUM_GROUPS: Record<string, string> = {
  phase: 'phase', fromPhase: 'phase', toPhase: 'phase', health: 'health', perspective: 'perspective', decision: 'gate_decision',
  aspect: 'indicator_aspect', unit: 'indicator_unit', direction: 'direction', aggregation: 'aggregation',
};
const BY_RESOURCE: Record<string, Record<string, string>> = {
  agreements: { kind: 'agreement_kind', status: 'agreement_status' },
  milestones: { status: 'milestone_status', phase: 'phase' },
  indicators: { kind: 'indicator_kind' },
  measurements: { status: 'measurement_status' },
  lessons: { kind: 'lesson_kind' },
  memberships: { role: 'membership_role' },
  users: { role: 'user_role' },
};

/** Which resource a changed foreign key points at, so that history shows names, not ids. */
const REFERENCES: Record<string, string> = {
  projectId: 'projects', organisationId: 'organisations', leadOrganisationId: 'organisations', indicatorId: 'indicators',
  personId: 'people', ownerId: 'people', themeId: 'themes', labId: 'labs', districtId: 'districts', userId: 'users',
  decidedById: 'users', revisedById: 'users', recordedById: 'users', reviewedById: 'users', themeIds: 'themes', districtIds: 'districts',
  definitionId: 'indicator-definitions',
};

const MAX_SHORT = 120;

/** Referenced records by their names (batched with every other lookup on the page); ids while loading. */
function ReferenceNames({ reference, ids }: { reference: string; ids: number[] }) {
  const { data } = useGetManyAggregate(reference, { ids });
  const represent = useGetRecordRepresentation(reference);
  if (!data) return <>{ids.map((id) => `#${id}`).join(', ')}</>;
  const byId = new Map(data.map((r) => [r.id, r]));
  return (
    <>
      {ids.map((id, i) => {
        const record = byId.get(id);
        return (
          <span key={id}>
            {i > 0 && ', '}
            {record ? represent(record) : `#${id}`}
          </span>
        );
      })}
    </>
  );
}

/** A security event (sign-in, refusal, …) states its details once: there is no "before". */
const isSecurityEvent = (action: unknown) => isOneOf(SECURITY_ACTIONS, action);

/** The details of a security event in reading order (PostgreSQL's jsonb keeps its own): what was asked, then the answer. */
const DETAIL_ORDER = ['email', 'method', 'path', 'status', 'code', 'message', 'resource', 'recordId', 'route', 'query'];
const byDetailOrder = (a: string, b: string) => rank(a) - rank(b);
const rank = (field: string) => (DETAIL_ORDER.includes(field) ? DETAIL_ORDER.indexOf(field) : DETAIL_ORDER.length);

function useFormatValue(resource: string) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resourceLabel = useResourceLabel();
  return (field: string, value: unknown, short = false): ReactNode => {
    if (value === null || value === undefined || value === '') return '—';
    // A refusal names the resource that was asked for.
    if (resource === 'auth' && field === 'resource' && typeof value === 'string') return resourceLabel(value);
    if (resource === 'auth' && field === 'status' && typeof value === 'number') return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || '—';
    const reference = REFERENCES[field];
    if (reference && (typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'number')))) {
      const ids = (Array.isArray(value) ? value : [value]) as number[];
      return ids.length ? <ReferenceNames reference={reference} ids={ids} /> : '—';
    }
    if (typeof value === 'boolean') return translate(`ra.boolean.${value}`, { _: String(value) });
    if (typeof value === 'number' && /Cents$/.test(field)) return money(value, locale);
    if (typeof value === 'number') return decimal(value, locale);
    if (typeof value === 'string') {
      const group = BY_RESOURCE[resource]?.[field] ?? ENUM_GROUPS[field];
      if (group) return translate(`enums.${group}.${value}`, { _: value });
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return day(value, locale);
      if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return instant(value, locale);
      return short && value.length > MAX_SHORT ? `${value.slice(0, MAX_SHORT)}…` : value;
    }
    const json = JSON.stringify(value);
    return short && json.length > MAX_SHORT ? `${json.slice(0, MAX_SHORT)}…` : json;
  };
}

/** The label of a field of any resource, as the resource's own screens call it. */
function useFieldLabel(resource: string) {
  const translate = useTranslate();
  return (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
}

/** The name of a resource as users know it ("Project"); `auth` is sign-in, `frozen-reports` a report's frozen versions. */
export function useResourceLabel() {
  const translate = useTranslate();
  return (resource: string) => {
    if (resource === 'auth') return translate('resources.audit-events.auth');
    if (resource === 'frozen-reports') return translate('resources.audit-events.frozen_reports');
    return translate(`resources.${resource}.name`, { smart_count: 1, _: resource });
  };
}

/** Every changed field of an audit event with its value before and after, as a table. */
export function AuditChangesTable(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const resource = String(record?.resource ?? '');
  const format = useFormatValue(resource);
  const label = useFieldLabel(resource);
  const changes = (record?.changes ?? {}) as Changes;
  const fields = Object.keys(changes);
  if (!record) return null;
  if (fields.length === 0) return <Typography variant="body2">{translate('resources.audit-events.noChanges')}</Typography>;
  if (isSecurityEvent(record.action)) {
    fields.sort(byDetailOrder);
    return (
      <Table size="small" sx={{ maxWidth: 960 }}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">{translate('resources.audit-events.columns.field')}</TableCell>
            <TableCell component="th" scope="col">{translate('resources.audit-events.columns.value')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row">{label(field)}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>{format(field, changes[field]?.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <Table size="small" sx={{ maxWidth: 960 }}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{translate('resources.audit-events.columns.field')}</TableCell>
          <TableCell component="th" scope="col">{translate('resources.audit-events.columns.before')}</TableCell>
          <TableCell component="th" scope="col">{translate('resources.audit-events.columns.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">{label(field)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{format(field, changes[field]?.before)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{format(field, changes[field]?.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The same, compact, for a list column: "Status: Concept → Getekend", one line per field. */
export function AuditChangesSummary({ max = 4 }: { label?: string; max?: number }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const resource = String(record?.resource ?? '');
  const format = useFormatValue(resource);
  const label = useFieldLabel(resource);
  const changes = (record?.changes ?? {}) as Changes;
  // A new record's own number says nothing the Record column does not.
  const fields = Object.keys(changes).filter((f) => f !== 'id');
  if (isSecurityEvent(record?.action)) fields.sort(byDetailOrder);
  if (!record || fields.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2, typography: 'body2' }}>
      {fields.slice(0, max).map((field) => (
        <li key={field}>
          <strong>{label(field)}</strong>:{' '}
          {record.action === 'create' || isSecurityEvent(record.action)
            ? format(field, changes[field]?.after, true)
            : record.action === 'delete'
              ? format(field, changes[field]?.before, true)
              : <>{format(field, changes[field]?.before, true)} → {format(field, changes[field]?.after, true)}</>}
        </li>
      ))}
      {fields.length > max && <li>{translate('resources.audit-events.more', { smart_count: fields.length - max })}</li>}
    </Box>
  );
}

/** The resource of an audit event, by its name. */
export function AuditResourceField(_props: { source?: string; label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const resourceLabel = useResourceLabel();
  if (!record?.resource) return null;
  return <Typography component="span" variant="body2">{resourceLabel(String(record.resource))}</Typography>;
}

/** The record an audit event is about, linked to its page when that resource has one. */
export function AuditRecordLink(_props: { source?: string; label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!record || record.recordId == null) return null;
  const resource = String(record.resource);
  const text = `#${record.recordId}`;
  const definition = definitions[resource];
  if (!definition || (!definition.hasShow && !definition.hasEdit)) return <Typography component="span" variant="body2">{text}</Typography>;
  const to = createPath({ resource, id: record.recordId, type: definition.hasShow ? 'show' : 'edit' });
  return (
    <Link to={to} variant="body2" onClick={(e: MouseEvent) => e.stopPropagation()}>
      {text}
    </Link>
  );
}
