import { HEALTHS, PHASES } from '@lab/domain';
import { byOwnId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { PROJECT_READ_ONLY } from './dto/project.dto';
import { ProjectDistrictEntity, ProjectThemeEntity } from './project-link.entity';
import { ProjectEntity } from './project.entity';

export const PROJECTS: ResourceDefinition<ProjectEntity> = {
  name: 'projects', label: 'project', entity: ProjectEntity,
  projectOf: byOwnId,
  readOnly: PROJECT_READ_ONLY,
  links: [
    { field: 'themeIds', entity: ProjectThemeEntity, ownerKey: 'projectId', otherKey: 'themeId' },
    { field: 'districtIds', entity: ProjectDistrictEntity, ownerKey: 'projectId', otherKey: 'districtId' },
  ],
  /** Its check constraints that combine fields the client may have sent separately: field and what to fix. */
  checks: {
    project_dates_ordered: ['plannedEndDate', 'must be on or after the start date'],
  },
  list: {
    fields: {
      ...RECORD_FIELDS, labId: 'int', code: 'string', phase: { enum: PHASES }, health: { enum: HEALTHS },
      startDate: 'date', plannedEndDate: 'date', budgetCents: 'bigint', leadOrganisationId: 'int',
    },
    custom: {
      themeIds: {
        type: 'int',
        apply: (qb, alias, values, param) => {
          qb.andWhere(`EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = ${alias}.id AND pt.theme_id IN (:...${param}))`, { [param]: values });
        },
      },
      districtIds: {
        type: 'int',
        apply: (qb, alias, values, param) => {
          qb.andWhere(`EXISTS (SELECT 1 FROM project_districts pd WHERE pd.project_id = ${alias}.id AND pd.district_id IN (:...${param}))`, { [param]: values });
        },
      },
    },
    sortable: [...RECORD_SORTABLE, 'code', 'title', 'phase', 'health', 'startDate', 'plannedEndDate', 'budgetCents', 'labId', 'leadOrganisationId'],
    search: ['code', 'title', 'summary', 'problem', 'targetGroup'],
    searchText: 'searchText',
    defaultSort: ['code', 'ASC'],
  },
};
