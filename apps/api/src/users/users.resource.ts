import { USER_ROLES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { UserEntity } from './user.entity';

export const USERS: ResourceDefinition<UserEntity> = {
  name: 'users', label: 'user', entity: UserEntity,
  list: {
    fields: { ...RECORD_FIELDS, email: 'string', name: 'string', role: { enum: USER_ROLES }, active: 'boolean', personId: 'int' },
    sortable: [...RECORD_SORTABLE, 'email', 'name', 'role', 'active'],
    search: ['name', 'email'],
    defaultSort: ['name', 'ASC'],
  },
};
