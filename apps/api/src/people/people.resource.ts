import { PERSPECTIVES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { PersonEntity } from './person.entity';

export const PEOPLE: ResourceDefinition<PersonEntity> = {
  name: 'people', label: 'person', entity: PersonEntity,
  list: {
    fields: { ...RECORD_FIELDS, name: 'string', email: 'string', organisationId: 'int', perspective: { enum: PERSPECTIVES } },
    sortable: [...RECORD_SORTABLE, 'name', 'email', 'organisationId', 'perspective'],
    search: ['name', 'email'],
    defaultSort: ['name', 'ASC'],
  },
};
