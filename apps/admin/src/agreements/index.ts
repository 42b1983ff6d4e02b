import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const agreements: ResourceModule = { name: 'agreements', messages: { nl: {}, en: {} } };
