import { Link } from 'react-router';
import { PageTitle } from './page-title';

/** What a route shows for something that is not there: a title, a heading, the way back. */
export function NotFound({ title, message }: { title: string; message: string }) {
  return (
    <section className="empty">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p>
        {message} <Link to="/">Back to the movies</Link>
      </p>
    </section>
  );
}
