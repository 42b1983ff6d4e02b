import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const people: ResourceModule = { name: 'people', messages: { nl: {}, en: {} } };
