import { GATE_DECISIONS, PHASES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { PhaseDecisionEntity } from './phase-decision.entity';

export const PHASE_DECISIONS: ResourceDefinition<PhaseDecisionEntity> = {
  name: 'phase-decisions', label: 'phase decision', entity: PhaseDecisionEntity,
  list: {
    fields: {
      id: 'int', projectId: 'int', fromPhase: { enum: PHASES }, toPhase: { enum: PHASES }, decision: { enum: GATE_DECISIONS },
      decidedById: 'int', decidedAt: 'timestamp', override: 'boolean',
    },
    sortable: ['id', 'projectId', 'fromPhase', 'toPhase', 'decision', 'decidedAt'],
    search: ['rationale', 'conditions', 'hypothesis', 'overrideRationale'],
    defaultSort: ['decidedAt', 'DESC'],
  },
};
