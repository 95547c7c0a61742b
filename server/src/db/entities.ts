import { User } from '../modules/accounts/user.entity';
import { AuditEntry } from '../modules/accounts/audit-entry.entity';
import { Genre } from '../modules/catalogue/genre.entity';
import { MovieActor, MovieGenre } from '../modules/catalogue/movie-credit.entity';
import { Movie } from '../modules/catalogue/movie.entity';
import { MovieCard } from '../modules/catalogue/movie-card.entity';
import { MovieGenrePair } from '../modules/catalogue/movie-genre-pair.entity';
import { Person } from '../modules/catalogue/person.entity';
import { SearchTerm } from '../modules/catalogue/search-term.entity';
import { TableCount } from '../modules/catalogue/table-count.entity';
import { Message } from '../modules/chat/message.entity';
import { Room } from '../modules/chat/room.entity';
import { Rating } from '../modules/reviews/rating.entity';
import { Review } from '../modules/reviews/review.entity';
import { ReviewVote } from '../modules/reviews/review-vote.entity';
import { WatchlistEntry } from '../modules/reviews/watchlist-entry.entity';
import { RateLimitEntry } from '../modules/common/rate-limit.entity';
import { BotConversation } from '../modules/bot/bot-conversation.entity';
import { ChatSendClaim } from '../modules/chat/send-claim.entity';

/** Every persisted class; listed explicitly so discovery needs no file globs after compilation. */
export const ENTITIES = [
  Person,
  Genre,
  Movie,
  MovieActor,
  MovieGenre,
  MovieCard,
  MovieGenrePair,
  SearchTerm,
  TableCount,
  User,
  AuditEntry,
  Rating,
  Review,
  ReviewVote,
  WatchlistEntry,
  Room,
  Message,
  RateLimitEntry,
  BotConversation,
  ChatSendClaim,
];
