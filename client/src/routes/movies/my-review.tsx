import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import { useAuth } from '../../auth/auth';
import { useLoginRedirect } from '../../auth/use-login-redirect';
import { ErrorMessage } from '../../components/error-message';
import { addReviewToMovie, removeReviewFromMovie } from './review-cache';
import { formText } from '../../components/form-text';

export const REVIEW_FIELDS = graphql(`
  fragment ReviewFields on Review {
    id
    title
    body
    containsSpoilers
    helpfulCount
    markedHelpfulByMe
    authorRating
    createdAt
    updatedAt
    author {
      id
      username
    }
  }
`);

const CREATE_REVIEW = graphql(`
  mutation CreateReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      ...ReviewFields
    }
  }
`);

const UPDATE_REVIEW = graphql(`
  mutation UpdateReview($input: UpdateReviewInput!) {
    updateReview(input: $input) {
      ...ReviewFields
    }
  }
`);

const DELETE_REVIEW = graphql(`
  mutation DeleteReview($id: ID!) {
    deleteReview(id: $id) {
      id
    }
  }
`);

const UNDO_SECONDS = 6;

interface OwnReview {
  id: string;
  title: string;
  body: string;
  containsSpoilers: boolean;
}

/** The viewer's one review of this movie: write it, edit it, delete it. */
export function MyReview({ movieId, review }: { movieId: string; review: OwnReview | null | undefined }) {
  const { viewer } = useAuth();
  const toLogin = useLoginRedirect();
  const [editing, setEditing] = useState(false);
  const [create, createState] = useMutation(CREATE_REVIEW, {
    update: (cache, { data }) => {
      const ref = data && cache.identify(data.createReview);
      if (ref) addReviewToMovie(cache, movieId, { __ref: ref });
    },
  });
  const [update, updateState] = useMutation(UPDATE_REVIEW);
  const [remove, removeState] = useMutation(DELETE_REVIEW, {
    update: (cache, { data }) => {
      if (data) removeReviewFromMovie(cache, movieId, data.deleteReview.id);
    },
  });
  const error = createState.error ?? updateState.error ?? removeState.error;
  // Deleting waits a few seconds for an undo; leaving the page meanwhile deletes at once.
  const [pendingDelete, setPendingDelete] = useState<string | null>(null);
  // What leaving the page must still delete (read by the unmount cleanup, so kept in a ref).
  const awaitingUndo = useRef<string | null>(null);
  useEffect(() => {
    awaitingUndo.current = pendingDelete;
    if (!pendingDelete) return;
    const timer = setTimeout(() => {
      awaitingUndo.current = null;
      setPendingDelete(null);
      void remove({ variables: { id: pendingDelete } }).catch(() => undefined);
    }, UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [pendingDelete, remove]);
  useEffect(
    () => () => {
      if (awaitingUndo.current) void remove({ variables: { id: awaitingUndo.current } }).catch(() => undefined);
    },
    [remove],
  );

  if (!viewer) {
    return (
      <section className="my-review">
        <button type="button" onClick={toLogin}>
          Log in to write a review
        </button>
      </section>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = formText(form, 'title').trim();
    const body = formText(form, 'body').trim();
    const containsSpoilers = form.get('containsSpoilers') === 'on';
    try {
      if (review) await update({ variables: { input: { id: review.id, title, body, containsSpoilers } } });
      else await create({ variables: { input: { movieId, title, body, containsSpoilers } } });
      setEditing(false);
    } catch {
      // Shown through the mutation's error state.
    }
  };

  if (review && pendingDelete === review.id) {
    return (
      <section className="my-review" aria-label="Your review">
        <p role="status" className="toast">
          Your review was deleted.{' '}
          <button type="button" onClick={() => setPendingDelete(null)}>
            Undo
          </button>
        </p>
      </section>
    );
  }

  if (review && !editing) {
    return (
      <section className="my-review" aria-label="Your review">
        <h2>Your review</h2>
        <blockquote>
          <strong>{review.title}</strong>
          <p>{review.body}</p>
        </blockquote>
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>{' '}
        <button
          type="button"
          className="danger"
          disabled={removeState.loading}
          onClick={() => setPendingDelete(review.id)}
        >
          Delete
        </button>
        {error && <ErrorMessage error={error} />}
      </section>
    );
  }

  return (
    <section className="my-review" aria-label="Write your review">
      <h2>{review ? 'Edit your review' : 'Write a review'}</h2>
      <form onSubmit={onSubmit} className="stacked-form" key={review?.id ?? 'new'}>
        <label>
          Title
          <input name="title" required maxLength={200} defaultValue={review?.title} />
        </label>
        <label>
          Review
          <textarea name="body" required rows={5} defaultValue={review?.body} />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="containsSpoilers" defaultChecked={review?.containsSpoilers ?? false} />
          It gives away the plot (readers will see it only if they ask)
        </label>
        {error && <ErrorMessage error={error} />}
        <div>
          <button type="submit" disabled={createState.loading || updateState.loading}>
            {review ? 'Save' : 'Publish review'}
          </button>{' '}
          {review && (
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
