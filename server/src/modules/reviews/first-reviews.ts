import type DataLoader from 'dataloader';
import { USER_COLUMNS, userFromRow } from '../accounts/accounts.loaders';
import type { User } from '../accounts/user.entity';
import { bringWithMovies, pairs } from '../catalogue/movie-relations';
import type { Row } from '../common/row-mapping';
import type { Review } from './review.entity';
import { REVIEW_ORDERS, type ReviewOrder } from './reviews.loaders';
import { reviewFromRow } from './reviews.rows';

export const MAX_REVIEWS_PAGE = 50;
export const DEFAULT_REVIEWS_PAGE = 10;

const REVIEW_COLUMNS = [
  'id',
  'user_id',
  'movie_id',
  'title',
  'body',
  'contains_spoilers',
  'helpful_count',
  'created_at',
  'updated_at',
];

/**
 * The statement shape of a first page of a movie's reviews (`order:size`), or undefined for a
 * later page or arguments the resolver will refuse.
 */
export function firstReviewsShape(args: { first?: unknown; after?: unknown; sort?: unknown }): string | undefined {
  const size = args.first ?? DEFAULT_REVIEWS_PAGE;
  const order = args.sort ?? 'NEWEST';
  if (args.after || !Number.isInteger(size) || (size as number) < 0 || (size as number) > MAX_REVIEWS_PAGE)
    return undefined;
  if (!(typeof order === 'string' && order in REVIEW_ORDERS)) return undefined;
  return `${order}:${size as number}`;
}

/**
 * A details page asks for the film and its first reviews: the movie statement brings those
 * reviews (one more than the page, for hasNextPage) with their authors, as JSON.
 */
bringWithMovies({
  field: 'reviews',
  shapeFor: firstReviewsShape,
  column(sql, alias, shape) {
    const [order, size] = shape.split(':') as [ReviewOrder, string];
    const ranking = (table: string) =>
      REVIEW_ORDERS[order].map((key) => `${table}.${key.column} ${key.direction}`).join(', ');
    const element = sql.object(`${pairs('r', REVIEW_COLUMNS)}, 'author', ${sql.object(pairs('u', USER_COLUMNS))}`);
    const from =
      `from (select * from review p where p.movie_id = ${alias}.id order by ${ranking('p')} ` +
      `limit ${Number(size) + 1}) r left join app_user u on u.id = r.user_id`;
    return sql.array(element, from, ranking('r'));
  },
});

/** Reviews brought as JSON: their authors go to the request's users loader, where Review.author looks. */
export function reviewsFromJson(rows: Array<Row & { author: Row | null }>, users: DataLoader<number, User | null>) {
  return rows.map(({ author, ...row }): Review => {
    if (author) users.prime(Number(author.id), userFromRow(author));
    return reviewFromRow(row);
  });
}
