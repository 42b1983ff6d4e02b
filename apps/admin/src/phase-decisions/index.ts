import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const phaseDecisions: ResourceModule = { name: 'phase-decisions', messages: { nl: {}, en: {} } };
