import type { ResourceModule } from '../resources';

// Placeholder until this resource has its screens.
export const lessons: ResourceModule = { name: 'lessons', messages: { nl: {}, en: {} } };
