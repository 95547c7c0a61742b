import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { apolloClient } from './apollo/client';
import { MovieDetails } from './routes/movies/movie-details';
import { MovieGrid } from './routes/movies/movie-grid';
import './styles.css';

function App() {
  return (
    <>
      <header className="site-header">
        <Link to="/" className="brand">MyMDB</Link>
        <a href="/graphql">GraphiQL</a>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<MovieGrid />} />
          <Route path="/movies/:id" element={<MovieDetails />} />
          <Route path="*" element={<p className="empty">Nothing here. <Link to="/">Back to the movies</Link></p>} />
        </Routes>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
