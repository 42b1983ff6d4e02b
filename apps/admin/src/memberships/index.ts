import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const memberships: ResourceModule = { name: 'memberships', messages: { nl: {}, en: {} } };
