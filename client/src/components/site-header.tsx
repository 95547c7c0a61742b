import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/auth';

/** Brand, navigation and who is logged in; the admin link only for admins. */
export function SiteHeader() {
  const { viewer, checking, logout } = useAuth();
  const location = useLocation();
  // Logging in from any page comes back to it (but not back to the login page itself).
  const here =
    location.pathname === '/login' || location.pathname === '/signup'
      ? ''
      : `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        MyMDB
      </Link>
      <nav aria-label="Main">
        <NavLink to="/" end>
          Movies
        </NavLink>
        {viewer?.isAdmin && <NavLink to="/admin">Admin</NavLink>}
        <a href="/graphql">GraphiQL</a>
      </nav>
      {/* While the session is checked, the guest links hold their place (hidden), so the header
          keeps its height and the page does not jump when they appear. */}
      <div className={checking ? 'account pending' : 'account'} aria-live="polite" aria-hidden={checking || undefined}>
        {viewer ? (
          <>
            <span className="who">
              Signed in as{' '}
              <Link to={`/u/${encodeURIComponent(viewer.username)}`} title="Your profile, ratings and watchlist">
                <strong>{viewer.username}</strong>
              </Link>
            </span>
            <button type="button" onClick={() => void logout()}>
              Log out
            </button>
          </>
        ) : (
          <>
            <Link to={`/login${here}`}>Log in</Link>
            <Link to={`/signup${here}`} className="button-link">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
