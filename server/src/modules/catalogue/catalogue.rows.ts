import { instance, reference, toDate, toNumber, type Row } from '../common/row-mapping';
import { Genre } from './genre.entity';
import { Movie } from './movie.entity';
import { Person } from './person.entity';

export function movieFromRow(row: Row): Movie {
  return instance(Movie, {
    id: toNumber(row.id),
    title: row.title,
    sortTitle: row.sort_title,
    description: row.description,
    posterPath: (row.poster_path as string | null) ?? null,
    posterWidths: (row.poster_widths as string | null) ?? null,
    releaseYear: toNumber(row.release_year),
    director: reference<Person>(row.director_id),
    ratingCount: toNumber(row.rating_count),
    ratingSum: toNumber(row.rating_sum),
    ratingAverage: toNumber(row.rating_average),
    // Absent from lean reads (movieColumns).
    ...(row.rating_1_count !== undefined && {
      rating1Count: toNumber(row.rating_1_count),
      rating2Count: toNumber(row.rating_2_count),
      rating3Count: toNumber(row.rating_3_count),
      rating4Count: toNumber(row.rating_4_count),
      rating5Count: toNumber(row.rating_5_count),
    }),
    ...(row.created_at !== undefined && { createdAt: toDate(row.created_at), updatedAt: toDate(row.updated_at) }),
  });
}

export function personFromRow(row: Row): Person {
  return instance(Person, {
    id: toNumber(row.id),
    firstName: row.first_name,
    lastName: row.last_name,
    nameKey: row.name_key,
    searchName: row.search_name,
    // Absent from a film's card (see MovieCard).
    ...(row.film_count !== undefined && { filmCount: toNumber(row.film_count) }),
  });
}

export function genreFromRow(row: Row): Genre {
  return instance(Genre, { id: toNumber(row.id), name: row.name, nameKey: row.name_key });
}
