import type { MigrationObject } from '@mikro-orm/core';
import { InitialPostgres } from './postgresql/001-initial';
import { UsernameSkeletonPostgres } from './postgresql/002-username-skeleton';
import { UserActivePostgres } from './postgresql/003-user-active';
import { RateLimitPostgres } from './postgresql/004-rate-limit';
import { BotConversationPostgres } from './postgresql/005-bot-conversation';
import { ChatSendClaimPostgres } from './postgresql/006-chat-send-claim';
import { PeoplePostgres } from './postgresql/007-people';
import { SearchPostgres } from './postgresql/008-search';
import { CommunityPostgres } from './postgresql/009-community';
import { AuditPostgres } from './postgresql/010-audit';
import { PosterWidthsPostgres } from './postgresql/011-poster-widths';
import { TableCountPostgres } from './postgresql/012-table-count';
import { SimilarQualityIndexPostgres } from './postgresql/013-similar-quality-index';
import { GenreMovieCountPostgres } from './postgresql/014-genre-movie-count';
import { MovieCardPostgres } from './postgresql/015-movie-card';
import { GenrePairPostgres } from './postgresql/016-genre-pair';
import { MovieSearchPostgres } from './postgresql/017-movie-search';
import { PersonNameOrderPostgres } from './postgresql/018-person-name-order';
import { SearchTermPrefixPostgres } from './postgresql/019-search-term-prefix';
import { MovieSearchInPlacePostgres } from './postgresql/020-movie-search-in-place';
import { InitialSqlite } from './sqlite/001-initial';
import { UsernameSkeletonSqlite } from './sqlite/002-username-skeleton';
import { UserActiveSqlite } from './sqlite/003-user-active';
import { RateLimitSqlite } from './sqlite/004-rate-limit';
import { BotConversationSqlite } from './sqlite/005-bot-conversation';
import { ChatSendClaimSqlite } from './sqlite/006-chat-send-claim';
import { PeopleSqlite } from './sqlite/007-people';
import { SearchSqlite } from './sqlite/008-search';
import { CommunitySqlite } from './sqlite/009-community';
import { AuditSqlite } from './sqlite/010-audit';
import { PosterWidthsSqlite } from './sqlite/011-poster-widths';
import { TableCountSqlite } from './sqlite/012-table-count';
import { SimilarQualityIndexSqlite } from './sqlite/013-similar-quality-index';
import { GenreMovieCountSqlite } from './sqlite/014-genre-movie-count';
import { MovieCardSqlite } from './sqlite/015-movie-card';
import { GenrePairSqlite } from './sqlite/016-genre-pair';
import { PersonNameOrderSqlite } from './sqlite/018-person-name-order';

/** Committed migrations per dialect, applied in order at start. */
export function migrationsFor(kind: 'sqlite' | 'postgresql'): MigrationObject[] {
  return kind === 'sqlite'
    ? [
        { name: '001-initial', class: InitialSqlite },
        { name: '002-username-skeleton', class: UsernameSkeletonSqlite },
        { name: '003-user-active', class: UserActiveSqlite },
        { name: '004-rate-limit', class: RateLimitSqlite },
        { name: '005-bot-conversation', class: BotConversationSqlite },
        { name: '006-chat-send-claim', class: ChatSendClaimSqlite },
        { name: '007-people', class: PeopleSqlite },
        { name: '008-search', class: SearchSqlite },
        { name: '009-community', class: CommunitySqlite },
        { name: '010-audit', class: AuditSqlite },
        { name: '011-poster-widths', class: PosterWidthsSqlite },
        { name: '012-table-count', class: TableCountSqlite },
        { name: '013-similar-quality-index', class: SimilarQualityIndexSqlite },
        { name: '014-genre-movie-count', class: GenreMovieCountSqlite },
        { name: '015-movie-card', class: MovieCardSqlite },
        { name: '016-genre-pair', class: GenrePairSqlite },
        // 017 and 020 (movie_search) and 019 (the vocabulary's prefix index) are PostgreSQL's:
        // SQLite's search reads its FTS5 index (008), and GLOB finds a prefix on the vocabulary's
        // primary key.
        { name: '018-person-name-order', class: PersonNameOrderSqlite },
      ]
    : [
        { name: '001-initial', class: InitialPostgres },
        { name: '002-username-skeleton', class: UsernameSkeletonPostgres },
        { name: '003-user-active', class: UserActivePostgres },
        { name: '004-rate-limit', class: RateLimitPostgres },
        { name: '005-bot-conversation', class: BotConversationPostgres },
        { name: '006-chat-send-claim', class: ChatSendClaimPostgres },
        { name: '007-people', class: PeoplePostgres },
        { name: '008-search', class: SearchPostgres },
        { name: '009-community', class: CommunityPostgres },
        { name: '010-audit', class: AuditPostgres },
        { name: '011-poster-widths', class: PosterWidthsPostgres },
        { name: '012-table-count', class: TableCountPostgres },
        { name: '013-similar-quality-index', class: SimilarQualityIndexPostgres },
        { name: '014-genre-movie-count', class: GenreMovieCountPostgres },
        { name: '015-movie-card', class: MovieCardPostgres },
        { name: '016-genre-pair', class: GenrePairPostgres },
        { name: '017-movie-search', class: MovieSearchPostgres },
        { name: '018-person-name-order', class: PersonNameOrderPostgres },
        { name: '019-search-term-prefix', class: SearchTermPrefixPostgres },
        { name: '020-movie-search-in-place', class: MovieSearchInPlacePostgres },
      ];
}
