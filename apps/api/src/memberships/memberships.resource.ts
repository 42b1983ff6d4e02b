import { MEMBERSHIP_ROLES } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { MembershipEntity } from './membership.entity';

export const MEMBERSHIPS: ResourceDefinition<MembershipEntity> = {
  name: 'memberships', label: 'membership', entity: MembershipEntity,
  projectOf: byProjectId,
  list: {
    fields: { ...RECORD_FIELDS, projectId: 'int', personId: 'int', role: { enum: MEMBERSHIP_ROLES } },
    sortable: [...RECORD_SORTABLE, 'projectId', 'personId', 'role'],
    search: [],
    defaultSort: ['id', 'ASC'],
  },
};
