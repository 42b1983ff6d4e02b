import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const statusUpdates: ResourceModule = { name: 'status-updates', messages: { nl: {}, en: {} } };
