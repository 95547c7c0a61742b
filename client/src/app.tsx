import { useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFound } from './components/not-found';
import { ImportPage } from './admin/import-page';
import { AdminAudit } from './admin/admin-audit';
import { AdminGenres } from './admin/admin-genres';
import { AdminMovieForm, AdminMovies } from './admin/admin-movies';
import { AdminPeople } from './admin/admin-people';
import { AdminUsers } from './admin/admin-users';
import { AdminReviews } from './admin/admin-reviews';
import { LoginPage } from './auth/login-page';
import { BotWidget } from './bot/bot-widget';
import { ChatPanel } from './chat/chat-panel';
import { ErrorBoundary } from './components/error-boundary';
import { SiteHeader } from './components/site-header';
import { MovieDetails } from './routes/movies/movie-details';
import { MovieGrid } from './routes/movies/movie-grid';
import { PersonPage } from './routes/people/person-page';
import { ProfilePage } from './routes/profiles/profile-page';

/** Every page shares the header, and the chat panel and bot widget float over all of them. */
export function App() {
  const location = useLocation();
  // One floating panel at a time: on a phone two would cover each other.
  const [panel, setPanel] = useState<'chat' | 'bot' | null>(null);
  const toggle = (which: 'chat' | 'bot') => (open: boolean) => setPanel(open ? which : null);
  return (
    <>
      <SiteHeader />
      <main>
        <ErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<MovieGrid />} />
            <Route path="/movies/:id" element={<MovieDetails />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/u/:username" element={<ProfilePage />} />
            <Route path="/login" element={<LoginPage mode="login" />} />
            <Route path="/signup" element={<LoginPage mode="signup" />} />
            <Route path="/admin" element={<Navigate to="/admin/movies" replace />} />
            <Route path="/admin/movies" element={<AdminMovies />} />
            <Route path="/admin/movies/new" element={<AdminMovieForm />} />
            <Route path="/admin/movies/:id" element={<AdminMovieForm />} />
            <Route path="/admin/people" element={<AdminPeople />} />
            <Route path="/admin/genres" element={<AdminGenres />} />
            <Route path="/admin/users" element={<AdminUsers />} />
            <Route path="/admin/reviews" element={<AdminReviews />} />
            <Route path="/admin/audit" element={<AdminAudit />} />
            <Route path="/admin/import" element={<ImportPage />} />
            <Route path="*" element={<NotFound title="Page not found" message="Nothing here." />} />
          </Routes>
        </ErrorBoundary>
      </main>
      <div className="floating">
        <BotWidget open={panel === 'bot'} onOpenChange={toggle('bot')} />
        <ChatPanel open={panel === 'chat'} onOpenChange={toggle('chat')} />
      </div>
    </>
  );
}
