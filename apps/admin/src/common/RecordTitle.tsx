import { useGetRecordRepresentation, useRecordContext, useTranslate } from 'react-admin';

/**
 * "Project: MW-01 — Werkplaats in de wijk" rather than "Project #1": the page title names the record the
 * way people do.
 */
export function RecordTitle({ resource }: { resource: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const represent = useGetRecordRepresentation(resource);
  const name = translate(`resources.${resource}.name`, { smart_count: 1 });
  return <span>{record ? `${name}: ${represent(record)}` : name}</span>;
}
