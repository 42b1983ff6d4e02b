import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const organisations: ResourceModule = { name: 'organisations', messages: { nl: {}, en: {} } };
