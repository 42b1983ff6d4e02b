import HistoryIcon from '@mui/icons-material/History';
import type { ResourceModule } from '../common/resource-module';
import { AuditEventList, AuditEventShow } from './AuditEvents';
import { messages } from './i18n';

/** Append-only: list and show, no forms (the API answers 405 on writes). */
export const auditEvents: ResourceModule = {
  name: 'audit-events', list: AuditEventList, show: AuditEventShow, icon: HistoryIcon, messages,
};
