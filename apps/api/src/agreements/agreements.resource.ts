import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { AgreementEntity } from './agreement.entity';

export const AGREEMENTS: ResourceDefinition<AgreementEntity> = {
  name: 'agreements', label: 'agreement', entity: AgreementEntity,
  projectOf: byProjectId,
  /** Its check constraints that combine fields the client may have sent separately: field and what to fix. */
  checks: {
    agreement_dates_ordered: ['endDate', 'must be on or after the start date'],
    agreement_outcome_contract_terms: ['indicatorId', 'an outcome contract needs an indicator, a price per unit and a maximum payment'],
  },
  list: {
    fields: {
      ...RECORD_FIELDS, projectId: 'int', organisationId: 'int', indicatorId: 'int', kind: { enum: AGREEMENT_KINDS },
      status: { enum: AGREEMENT_STATUSES }, signedDate: 'date', startDate: 'date', endDate: 'date', contributionCents: 'bigint',
    },
    sortable: [...RECORD_SORTABLE, 'projectId', 'organisationId', 'title', 'kind', 'status', 'signedDate', 'startDate', 'endDate', 'contributionCents'],
    search: ['title', 'commitments'],
    defaultSort: ['id', 'ASC'],
  },
};
