import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const indicators: ResourceModule = { name: 'indicators', messages: { nl: {}, en: {} } };
