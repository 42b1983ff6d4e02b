import type { UserRole } from '@lab/domain';

/** Who is making a request. Null until sign-in exists: then every write is attributed to a user. */
export interface Actor {
  userId: number;
  role: UserRole;
  personId: number | null;
}
