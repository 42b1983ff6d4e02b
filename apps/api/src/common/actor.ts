import type { UserRole } from '@lab/domain';

/** Who is making a request: the signed-in user. The app itself (start-up, demo data) acts as `null`. */
export interface Actor {
  userId: number;
  role: UserRole;
  personId: number | null;
  /** The sign-in session the request's token names (ended by sign-out). */
  sessionId?: string;
}
