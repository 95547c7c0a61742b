import type { ReactNode } from 'react';
import { Navigate, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/auth';
import { PageTitle } from '../components/page-title';

const SECTIONS: Array<[string, string]> = [
  ['/admin/movies', 'Movies'],
  ['/admin/people', 'People'],
  ['/admin/genres', 'Genres'],
  ['/admin/users', 'Users'],
  ['/admin/reviews', 'Reviews'],
  ['/admin/import', 'Import'],
  ['/admin/audit', 'Audit log'],
];

/** Every admin page: members are told no, guests sent to log in; a section menu on top. */
export function AdminLayout({ title, children }: { title: string; children: ReactNode }) {
  const { viewer, checking } = useAuth();
  const location = useLocation();
  if (checking) return <p className="empty">Loading…</p>;
  if (!viewer) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!viewer.isAdmin)
    return (
      <section className="empty">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p role="alert">Only administrators can do that.</p>
      </section>
    );
  return (
    <section className="admin">
      <PageTitle title={`${title} · Admin`} />
      <nav aria-label="Admin" className="admin-nav">
        {SECTIONS.map(([to, label]) => (
          <NavLink key={to} to={to}>
            {label}
          </NavLink>
        ))}
      </nav>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
