import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const targetRevisions: ResourceModule = { name: 'target-revisions', messages: { nl: {}, en: {} } };
