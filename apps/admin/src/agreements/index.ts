import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceModule } from '../common/resource-module';
import { AgreementCreate, AgreementEdit, AgreementList, AgreementShow } from './Agreements';
import { messages } from './i18n';

export const agreements: ResourceModule = {
  name: 'agreements', list: AgreementList, show: AgreementShow, edit: AgreementEdit, create: AgreementCreate, icon: HandshakeIcon,
  recordRepresentation: 'title', messages,
};
