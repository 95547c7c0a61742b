import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useAuth } from './auth';
import { safeNextPath } from './use-login-redirect';
import { formText } from '../components/form-text';

/** Log in or sign up (`/login`, `/signup`), then back to `?next=` or the grid. */
export function LoginPage({ mode }: { mode: 'login' | 'signup' }) {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (auth.viewer && !busy) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => formText(form, name);
    setBusy(true);
    setError(null);
    try {
      if (mode === 'login') await auth.login(field('username'), field('password'));
      else await auth.signup(field('username'), field('email'), field('password'));
      void navigate(next, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const other = mode === 'login' ? 'signup' : 'login';
  return (
    <section className="auth-page">
      <h1>{mode === 'login' ? 'Log in' : 'Create an account'}</h1>
      <form onSubmit={onSubmit} className="stacked-form">
        <label>
          Username
          <input name="username" autoComplete="username" required />
        </label>
        {mode === 'signup' && (
          <label>
            Email
            <input name="email" type="email" autoComplete="email" required />
          </label>
        )}
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            required
          />
        </label>
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy}>
          {mode === 'login' ? 'Log in' : 'Sign up'}
        </button>
      </form>
      <p className="meta">
        {mode === 'login' ? 'New here? ' : 'Already have an account? '}
        <Link to={`/${other}?next=${encodeURIComponent(next)}`}>
          {other === 'login' ? 'Log in' : 'Create an account'}
        </Link>
      </p>
    </section>
  );
}
