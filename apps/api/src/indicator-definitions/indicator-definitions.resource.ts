import { AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { INDICATOR_DEFINITION_READ_ONLY } from './dto/indicator-definition.dto';
import { IndicatorDefinitionEntity } from './indicator-definition.entity';

export const INDICATOR_DEFINITIONS: ResourceDefinition<IndicatorDefinitionEntity> = {
  name: 'indicator-definitions', label: 'indicator definition', entity: IndicatorDefinitionEntity,
  readOnly: INDICATOR_DEFINITION_READ_ONLY,
  list: {
    fields: {
      ...RECORD_FIELDS, labId: 'int', name: 'string', kind: { enum: INDICATOR_KINDS }, aspect: { enum: INDICATOR_ASPECTS },
      unit: { enum: INDICATOR_UNITS }, direction: { enum: DIRECTIONS }, aggregation: { enum: AGGREGATIONS },
    },
    sortable: [...RECORD_SORTABLE, 'labId', 'name', 'kind', 'aspect', 'unit'],
    search: ['name', 'definition', 'dataSource'],
    defaultSort: ['name', 'ASC'],
  },
};
