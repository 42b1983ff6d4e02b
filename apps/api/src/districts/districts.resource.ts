import type { ResourceDefinition } from '../common/resource';
import { DistrictEntity } from './district.entity';

export const DISTRICTS: ResourceDefinition<DistrictEntity> = {
  name: 'districts', label: 'district', entity: DistrictEntity,
  list: { fields: { id: 'int', code: 'string', name: 'string' }, sortable: ['id', 'code', 'name'], search: ['name', 'code'], defaultSort: ['name', 'ASC'] },
};
