import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { LabEntity } from './lab.entity';

export const LABS: ResourceDefinition<LabEntity> = {
  name: 'labs', label: 'lab', entity: LabEntity,
  list: {
    fields: { ...RECORD_FIELDS, name: 'string', city: 'string', startDate: 'date', endDate: 'date' },
    sortable: [...RECORD_SORTABLE, 'name', 'city', 'startDate', 'endDate'],
    search: ['name', 'city', 'facilitator', 'description'],
    defaultSort: ['name', 'ASC'],
  },
};
