import type { User } from '../accounts/user.entity';
import type { Movie } from '../catalogue/movie.entity';
import { instance, reference, toDate, toNumber, type Row } from '../common/row-mapping';
import { Rating } from './rating.entity';
import { Review } from './review.entity';

export function reviewFromRow(row: Row): Review {
  return instance(Review, {
    id: toNumber(row.id),
    user: reference<User>(row.user_id)!,
    movie: reference<Movie>(row.movie_id)!,
    title: row.title,
    body: row.body,
    containsSpoilers: Boolean(row.contains_spoilers),
    helpfulCount: toNumber(row.helpful_count),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  });
}

export function ratingFromRow(row: Row): Rating {
  return instance(Rating, {
    id: toNumber(row.id),
    user: reference<User>(row.user_id)!,
    movie: reference<Movie>(row.movie_id)!,
    score: toNumber(row.score),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  });
}
