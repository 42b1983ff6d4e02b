import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const districts: ResourceModule = { name: 'districts', messages: { nl: {}, en: {} } };
