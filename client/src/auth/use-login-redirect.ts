import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Sends a guest to the login page, remembering where to come back to. */
export function useLoginRedirect(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(() => {
    void navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
  }, [navigate, location]);
}

/** Only same-site paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
