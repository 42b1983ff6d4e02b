import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { LabEntity } from './lab.entity';

export const LABS: ResourceDefinition<LabEntity> = {
  name: 'labs', label: 'lab', entity: LabEntity,
  /** Its check constraints that combine fields the client may have sent separately: field and what to fix. */
  checks: {
    lab_dates_ordered: ['endDate', 'must be on or after the start date'],
  },
  list: {
    fields: { ...RECORD_FIELDS, name: 'string', city: 'string', startDate: 'date', endDate: 'date' },
    sortable: [...RECORD_SORTABLE, 'name', 'city', 'startDate', 'endDate'],
    search: ['name', 'city', 'facilitator', 'description'],
    defaultSort: ['name', 'ASC'],
  },
};
