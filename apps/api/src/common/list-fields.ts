import type { FieldType } from './list-query';

/** Filterable columns every record has. */
export const RECORD_FIELDS: Record<string, FieldType> = { id: 'int', createdAt: 'timestamp', updatedAt: 'timestamp' };
export const RECORD_SORTABLE = ['id', 'createdAt', 'updatedAt'] as const;
