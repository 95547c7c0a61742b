import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Genre } from '../catalogue/genre.entity';
import { Movie } from '../catalogue/movie.entity';
import { Person } from '../catalogue/person.entity';
import { ConnectionType } from '../common/pagination';
import { Rating } from './rating.entity';

export const RatingConnection = ConnectionType('Rating', Rating);

@ObjectType({ description: 'A film on a watchlist, and since when' })
export class WatchlistItem {
  @Field(() => Movie) movie!: Movie;
  @Field() addedAt!: Date;
}
export const WatchlistItemConnection = ConnectionType('WatchlistItem', WatchlistItem);

@ObjectType({ description: 'How a member rates films of one genre' })
export class GenreTaste {
  @Field(() => Genre) genre!: Genre;
  @Field(() => Int, { description: 'Films of the genre the member rated' }) ratingCount!: number;
  @Field(() => Float) averageScore!: number;
}

@ObjectType({ description: 'How a member rates the films of one director' })
export class DirectorTaste {
  @Field(() => Person) director!: Person;
  @Field(() => Int) ratingCount!: number;
  @Field(() => Float) averageScore!: number;
}

@ObjectType({ description: "A member's ratings in numbers" })
export class UserStats {
  @Field(() => Int) ratingCount!: number;
  @Field(() => Float, { nullable: true, description: 'Null before the first rating' }) averageScore!: number | null;
  @Field(() => [Int], { description: 'How many 1★, 2★, 3★, 4★ and 5★ ratings, in that order' })
  scoreDistribution!: number[];
  @Field(() => [GenreTaste], {
    description:
      'Up to 5 genres the member likes most: by the sum of (score − 2.5) over their ratings, so liking many counts',
  })
  favouriteGenres!: GenreTaste[];
  @Field(() => [DirectorTaste], { description: 'Up to 5 directors, ranked the same way' })
  favouriteDirectors!: DirectorTaste[];
}
