import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { SuccessCriterionEntity } from './success-criterion.entity';

/** Fields the API answers on a criterion beyond its columns: accepted back from react-admin and ignored. */
export const SUCCESS_CRITERION_READ_ONLY = [
  'hypothesis', 'indicatorName', 'judgement', 'revisions', 'changedAfterResults', 'projectId', 'indicatorId', 'phaseDecisionId',
] as const;

export const SUCCESS_CRITERIA: ResourceDefinition<SuccessCriterionEntity> = {
  name: 'success-criteria', label: 'success criterion', entity: SuccessCriterionEntity,
  projectOf: byProjectId,
  list: {
    fields: { ...RECORD_FIELDS, projectId: 'int', indicatorId: 'int', phaseDecisionId: 'int', byDate: 'date' },
    sortable: [...RECORD_SORTABLE, 'projectId', 'indicatorId', 'byDate'],
    search: [],
    defaultSort: ['id', 'ASC'],
  },
};
