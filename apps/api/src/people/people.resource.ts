import { PERSPECTIVES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { PersonEntity } from './person.entity';

export const PEOPLE: ResourceDefinition<PersonEntity> = {
  name: 'people', label: 'person', entity: PersonEntity,
  list: {
    fields: { ...RECORD_FIELDS, name: 'string', email: 'string', organisationId: 'int', perspective: { enum: PERSPECTIVES } },
    custom: {
      // Who can still join a project's team: the team tab's person picker leaves out its members.
      notMemberOf: {
        type: 'int',
        apply: (qb, alias, values, param) => {
          qb.andWhere(`NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = ${alias}.id AND m.project_id IN (:...${param}))`, { [param]: values });
        },
      },
    },
    sortable: [...RECORD_SORTABLE, 'name', 'email', 'organisationId', 'perspective'],
    search: ['name', 'email'],
    defaultSort: ['name', 'ASC'],
  },
};
