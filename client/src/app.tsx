import { Link, Route, Routes, useLocation } from 'react-router';
import { ImportPage } from './admin/import-page';
import { LoginPage } from './auth/login-page';
import { BotWidget } from './bot/bot-widget';
import { ChatPanel } from './chat/chat-panel';
import { ErrorBoundary } from './components/error-boundary';
import { SiteHeader } from './components/site-header';
import { MovieDetails } from './routes/movies/movie-details';
import { MovieGrid } from './routes/movies/movie-grid';
import { PersonPage } from './routes/people/person-page';

/** Every page shares the header, and the chat panel and bot widget float over all of them. */
export function App() {
  const location = useLocation();
  return (
    <>
      <SiteHeader />
      <main>
        <ErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<MovieGrid />} />
            <Route path="/movies/:id" element={<MovieDetails />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/login" element={<LoginPage mode="login" />} />
            <Route path="/signup" element={<LoginPage mode="signup" />} />
            <Route path="/admin/import" element={<ImportPage />} />
            <Route
              path="*"
              element={
                <p className="empty">
                  Nothing here. <Link to="/">Back to the movies</Link>
                </p>
              }
            />
          </Routes>
        </ErrorBoundary>
      </main>
      <div className="floating">
        <BotWidget />
        <ChatPanel />
      </div>
    </>
  );
}
