import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { ThemeEntity } from './theme.entity';

export const THEMES: ResourceDefinition<ThemeEntity> = {
  name: 'themes', label: 'theme', entity: ThemeEntity,
  list: {
    fields: { ...RECORD_FIELDS, labId: 'int', name: 'string' },
    sortable: [...RECORD_SORTABLE, 'name', 'labId'],
    search: ['name', 'description'],
    defaultSort: ['id', 'ASC'],
  },
};
