import { HEALTHS } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { STATUS_UPDATE_READ_ONLY } from './dto/status-update.dto';
import { StatusUpdateEntity } from './status-update.entity';

export const STATUS_UPDATES: ResourceDefinition<StatusUpdateEntity> = {
  name: 'status-updates', label: 'status update', entity: StatusUpdateEntity,
  projectOf: byProjectId,
  readOnly: STATUS_UPDATE_READ_ONLY,
  list: {
    fields: { ...RECORD_FIELDS, projectId: 'int', period: 'string', health: { enum: HEALTHS } },
    sortable: [...RECORD_SORTABLE, 'projectId', 'period', 'health'],
    search: ['narrative'],
    defaultSort: ['period', 'DESC'],
  },
};
