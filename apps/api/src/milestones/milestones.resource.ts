import { MILESTONE_STATUSES, PHASES, todayIso } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { MILESTONE_READ_ONLY } from './dto/milestone.dto';
import { MilestoneEntity } from './milestone.entity';

export const MILESTONES: ResourceDefinition<MilestoneEntity> = {
  name: 'milestones', label: 'milestone', entity: MilestoneEntity,
  projectOf: byProjectId,
  readOnly: MILESTONE_READ_ONLY,
  /** Its check constraints that combine fields the client may have sent separately: field and what to fix. */
  checks: {
    milestone_done_has_completed_date: ['completedDate', 'is required when the milestone is done'],
    milestone_phase_not_stopped: ['phase', 'must be scenario, experiment or rollout'],
  },
  list: {
    fields: {
      ...RECORD_FIELDS, projectId: 'int', ownerId: 'int', phase: { enum: PHASES }, status: { enum: MILESTONE_STATUSES },
      dueDate: 'date', completedDate: 'date',
    },
    custom: {
      // Overdue is derived, never stored: due before today and neither done nor cancelled. Today is the
      // API's own (todayIso, as for the `overdue` field), not the database server's CURRENT_DATE.
      overdue: {
        type: 'boolean',
        apply: (qb, alias, [value], param) => {
          const open = `${alias}.status IN ('planned', 'in_progress') AND ${alias}.dueDate < :${param}`;
          qb.andWhere(value ? `(${open})` : `NOT (${open})`, { [param]: todayIso() });
        },
      },
    },
    sortable: [...RECORD_SORTABLE, 'projectId', 'title', 'phase', 'status', 'dueDate', 'completedDate', 'ownerId'],
    orderings: {
      // What still has to happen first, by due day (so the overdue ones lead); then what is done or
      // cancelled, the most recent first.
      openFirst: (alias) => {
        const open = `${alias}.status IN ('planned', 'in_progress')`;
        return [
          { sql: `CASE WHEN ${open} THEN 0 ELSE 1 END`, order: 'ASC' },
          { sql: `CASE WHEN ${open} THEN ${alias}.dueDate END`, order: 'ASC', nulls: 'NULLS LAST' },
          { sql: `${alias}.dueDate`, order: 'DESC' },
        ];
      },
    },
    search: ['title', 'description'],
    searchText: 'searchText',
    defaultSort: ['dueDate', 'ASC'],
  },
};
