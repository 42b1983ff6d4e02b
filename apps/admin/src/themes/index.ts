import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const themes: ResourceModule = { name: 'themes', messages: { nl: {}, en: {} } };
