import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const users: ResourceModule = { name: 'users', messages: { nl: {}, en: {} } };
