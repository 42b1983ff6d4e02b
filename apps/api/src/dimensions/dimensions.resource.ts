import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { DIMENSION_READ_ONLY } from './dto/dimension.dto';
import { DimensionEntity } from './dimension.entity';

export const DIMENSIONS: ResourceDefinition<DimensionEntity> = {
  name: 'dimensions', label: 'dimension', entity: DimensionEntity,
  readOnly: DIMENSION_READ_ONLY,
  list: {
    fields: { ...RECORD_FIELDS, labId: 'int', key: 'string', name: 'string' },
    sortable: [...RECORD_SORTABLE, 'labId', 'key', 'name'],
    search: ['key', 'name', 'description'],
    defaultSort: ['name', 'ASC'],
  },
};
