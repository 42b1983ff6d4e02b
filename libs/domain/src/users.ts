import type { UserRole } from './enums';

/** Who is signed in, as `POST /api/auth/login` and `GET /api/auth/me` answer it. */
export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  personId: number | null;
  /** The projects on whose team the user's person is: where a project member may write. */
  projectIds: number[];
}
