import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const measurements: ResourceModule = { name: 'measurements', messages: { nl: {}, en: {} } };
