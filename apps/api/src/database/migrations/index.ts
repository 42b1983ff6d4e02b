import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';

// Every migration, in order. Listed explicitly so that no glob depends on where the code runs from.
export const MIGRATIONS: Function[] = [InitialSchema1763900000000];
