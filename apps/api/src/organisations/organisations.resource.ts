import { PERSPECTIVES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { OrganisationEntity } from './organisation.entity';

export const ORGANISATIONS: ResourceDefinition<OrganisationEntity> = {
  name: 'organisations', label: 'organisation', entity: OrganisationEntity,
  list: {
    fields: { ...RECORD_FIELDS, name: 'string', perspective: { enum: PERSPECTIVES } },
    sortable: [...RECORD_SORTABLE, 'name', 'perspective'],
    search: ['name', 'website'],
    defaultSort: ['name', 'ASC'],
  },
};
