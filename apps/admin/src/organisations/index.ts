import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { OrganisationCreate, OrganisationEdit, OrganisationList, OrganisationShow } from './Organisations';

export const organisations: ResourceModule = {
  name: 'organisations', list: OrganisationList, show: OrganisationShow, edit: OrganisationEdit, create: OrganisationCreate,
  icon: CorporateFareIcon, recordRepresentation: 'name', messages,
};
