import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const auditEvents: ResourceModule = { name: 'audit-events', messages: { nl: {}, en: {} } };
