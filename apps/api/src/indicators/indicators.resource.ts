import { AGGREGATIONS, DIRECTIONS, EVIDENCE_DESIGNS, EVIDENCE_SOURCES, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { INDICATOR_READ_ONLY } from './dto/indicator.dto';
import { IndicatorEntity } from './indicator.entity';

export const INDICATORS: ResourceDefinition<IndicatorEntity> = {
  name: 'indicators', label: 'indicator', entity: IndicatorEntity,
  projectOf: byProjectId,
  readOnly: INDICATOR_READ_ONLY,
  /** Its check constraints that combine fields the client may have sent separately: field and what to fix. */
  checks: {
    indicator_target_after_baseline: ['targetDate', 'must be on or after the baseline date'],
    indicator_percent_range: ['targetValue', 'is a percentage: between 0 and 100'],
  },
  list: {
    fields: {
      ...RECORD_FIELDS, projectId: 'int', kind: { enum: INDICATOR_KINDS }, aspect: { enum: INDICATOR_ASPECTS },
      unit: { enum: INDICATOR_UNITS }, direction: { enum: DIRECTIONS }, aggregation: { enum: AGGREGATIONS },
      baselineDate: 'date', targetDate: 'date', definitionId: 'int', evidenceDesign: { enum: EVIDENCE_DESIGNS },
      evidenceSource: { enum: EVIDENCE_SOURCES },
    },
    sortable: [...RECORD_SORTABLE, 'projectId', 'name', 'kind', 'aspect', 'unit', 'baselineDate', 'targetDate', 'definitionId', 'evidenceDesign'],
    search: ['name', 'definition', 'dataSource'],
    searchText: 'searchText',
    defaultSort: ['id', 'ASC'],
  },
};
