import { byIndicator } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { TargetRevisionEntity } from './target-revision.entity';

export const TARGET_REVISIONS: ResourceDefinition<TargetRevisionEntity> = {
  name: 'target-revisions', label: 'target revision', entity: TargetRevisionEntity,
  projectOf: byIndicator,
  list: {
    fields: { id: 'int', indicatorId: 'int', effectiveFrom: 'string', revisedById: 'int', revisedAt: 'timestamp' },
    sortable: ['id', 'indicatorId', 'effectiveFrom', 'revisedAt'],
    search: ['reason'],
    defaultSort: ['revisedAt', 'DESC'],
  },
};
