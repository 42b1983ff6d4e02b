import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const projects: ResourceModule = { name: 'projects', messages: { nl: {}, en: {} } };
