import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const milestones: ResourceModule = { name: 'milestones', messages: { nl: {}, en: {} } };
