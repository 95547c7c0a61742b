import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { PageTitle } from '../components/page-title';
import { useAuth } from './auth';
import { safeNextPath } from './use-login-redirect';
import { formText } from '../components/form-text';

const PASSWORD_RULES = graphql(`
  query PasswordRules {
    passwordRules
  }
`);

/** Every password rule a signup broke, as the server lists them. */
function passwordProblems(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems = error.errors[0]?.extensions?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}

/** Log in or sign up (`/login`, `/signup`), then back to `?next=` or the grid. */
export function LoginPage({ mode }: { mode: 'login' | 'signup' }) {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const rules = useQuery(PASSWORD_RULES, { skip: mode !== 'signup' }).data?.passwordRules;

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
  const problems = passwordProblems(error);
  return (
    <section className="auth-page">
      <PageTitle title={mode === 'login' ? 'Log in' : 'Create an account'} />
      <h1>{mode === 'login' ? 'Log in' : 'Create an account'}</h1>
      {/* An edit makes the last error stale: it goes until the next try. */}
      <form onSubmit={onSubmit} onInput={() => setError(null)} className="stacked-form">
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
            aria-describedby={mode === 'signup' ? 'password-rules' : undefined}
            required
          />
        </label>
        {mode === 'signup' && rules && (
          <div id="password-rules" className="meta">
            Your password must be:
            <ul>
              {rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </div>
        )}
        {problems.length > 1 ? (
          <div role="alert" className="error">
            This password will not do:
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : (
          error !== null && <ErrorMessage error={error} />
        )}
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
