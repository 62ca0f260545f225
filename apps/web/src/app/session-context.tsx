import { createContext, useContext } from 'react';
import { roleAllows, type Role, type SessionUser } from '../data-access/session';

/** The logged-in user, for pages that hide what the role may not do. */
export const SessionContext = createContext<SessionUser | null>(null);

export function useSessionUser(): SessionUser | null {
  return useContext(SessionContext);
}

/** Whether the logged-in user's role allows an action (the server enforces it regardless). */
export function useCan(role: Role): boolean {
  return roleAllows(useSessionUser(), role);
}
