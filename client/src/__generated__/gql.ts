/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total moviesCreated moviesUpdated moviesUnchanged\n      directorsCreated actorsCreated genresCreated missingPosters\n      errors { index title message }\n    }\n  }\n": typeof types.ImportMoviesDocument,
    "\n  query Viewer {\n    me { id username isAdmin }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n": typeof types.SignupDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment BotReplyFields on BotReply {\n    conversationId intent provider text\n    movies { id title releaseYear posterUrl }\n  }\n": typeof types.BotReplyFieldsFragmentDoc,
    "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) { ...BotReplyFields }\n  }\n": typeof types.AskBotDocument,
    "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) { delta done reply { ...BotReplyFields } }\n  }\n": typeof types.AskBotStreamDocument,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id content createdAt author { id username }\n  }\n": typeof types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms {\n    rooms { id name slug }\n  }\n": typeof types.ChatRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id name slug }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id name slug\n      messages(last: $last, before: $before) { ...ChatMessageFields }\n    }\n  }\n": typeof types.ChatRoomDocument,
    "\n  fragment RoomMessages on Room {\n    messages { ...ChatMessageFields }\n  }\n": typeof types.RoomMessagesFragmentDoc,
    "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) { ...ChatMessageFields }\n  }\n": typeof types.MessageAddedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ChatMessageFields }\n  }\n": typeof types.SendMessageDocument,
    "\n  query MovieReviews($id: ID!, $first: Int!, $after: String) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...ReviewFields } }\n      }\n    }\n  }\n": typeof types.MovieReviewsDocument,
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl\n      ...MovieRatingStats\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      myReview { id title body }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n": typeof types.MovieDetailsDocument,
    "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n": typeof types.MovieGridDocument,
    "\n  fragment ReviewFields on Review {\n    id title body createdAt updatedAt author { id username }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) { ...ReviewFields }\n  }\n": typeof types.CreateReviewDocument,
    "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) { ...ReviewFields }\n  }\n": typeof types.UpdateReviewDocument,
    "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) { id }\n  }\n": typeof types.DeleteReviewDocument,
    "\n  fragment MovieRatingStats on Movie {\n    id averageRating ratingCount myRating\n    ratingDistribution { score count percent }\n  }\n": typeof types.MovieRatingStatsFragmentDoc,
    "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) { ...MovieRatingStats }\n  }\n": typeof types.RateMovieDocument,
    "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) { ...MovieRatingStats }\n  }\n": typeof types.RemoveRatingDocument,
};
const documents: Documents = {
    "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total moviesCreated moviesUpdated moviesUnchanged\n      directorsCreated actorsCreated genresCreated missingPosters\n      errors { index title message }\n    }\n  }\n": types.ImportMoviesDocument,
    "\n  query Viewer {\n    me { id username isAdmin }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n": types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n": types.SignupDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment BotReplyFields on BotReply {\n    conversationId intent provider text\n    movies { id title releaseYear posterUrl }\n  }\n": types.BotReplyFieldsFragmentDoc,
    "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) { ...BotReplyFields }\n  }\n": types.AskBotDocument,
    "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) { delta done reply { ...BotReplyFields } }\n  }\n": types.AskBotStreamDocument,
    "\n  fragment ChatMessageFields on ChatMessage {\n    id content createdAt author { id username }\n  }\n": types.ChatMessageFieldsFragmentDoc,
    "\n  query ChatRooms {\n    rooms { id name slug }\n  }\n": types.ChatRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id name slug }\n  }\n": types.CreateRoomDocument,
    "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id name slug\n      messages(last: $last, before: $before) { ...ChatMessageFields }\n    }\n  }\n": types.ChatRoomDocument,
    "\n  fragment RoomMessages on Room {\n    messages { ...ChatMessageFields }\n  }\n": types.RoomMessagesFragmentDoc,
    "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) { ...ChatMessageFields }\n  }\n": types.MessageAddedDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ChatMessageFields }\n  }\n": types.SendMessageDocument,
    "\n  query MovieReviews($id: ID!, $first: Int!, $after: String) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...ReviewFields } }\n      }\n    }\n  }\n": types.MovieReviewsDocument,
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl\n      ...MovieRatingStats\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      myReview { id title body }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n": types.MovieDetailsDocument,
    "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n": types.MovieGridDocument,
    "\n  fragment ReviewFields on Review {\n    id title body createdAt updatedAt author { id username }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) { ...ReviewFields }\n  }\n": types.CreateReviewDocument,
    "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) { ...ReviewFields }\n  }\n": types.UpdateReviewDocument,
    "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) { id }\n  }\n": types.DeleteReviewDocument,
    "\n  fragment MovieRatingStats on Movie {\n    id averageRating ratingCount myRating\n    ratingDistribution { score count percent }\n  }\n": types.MovieRatingStatsFragmentDoc,
    "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) { ...MovieRatingStats }\n  }\n": types.RateMovieDocument,
    "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) { ...MovieRatingStats }\n  }\n": types.RemoveRatingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total moviesCreated moviesUpdated moviesUnchanged\n      directorsCreated actorsCreated genresCreated missingPosters\n      errors { index title message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMovies($file: Upload!) {\n    importMovies(file: $file) {\n      total moviesCreated moviesUpdated moviesUnchanged\n      directorsCreated actorsCreated genresCreated missingPosters\n      errors { index title message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me { id username isAdmin }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me { id username isAdmin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n"): (typeof documents)["\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) { token expiresAt user { id username isAdmin } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BotReplyFields on BotReply {\n    conversationId intent provider text\n    movies { id title releaseYear posterUrl }\n  }\n"): (typeof documents)["\n  fragment BotReplyFields on BotReply {\n    conversationId intent provider text\n    movies { id title releaseYear posterUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) { ...BotReplyFields }\n  }\n"): (typeof documents)["\n  mutation AskBot($input: AskBotInput!) {\n    askBot(input: $input) { ...BotReplyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) { delta done reply { ...BotReplyFields } }\n  }\n"): (typeof documents)["\n  subscription AskBotStream($input: AskBotInput!) {\n    askBotStream(input: $input) { delta done reply { ...BotReplyFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageFields on ChatMessage {\n    id content createdAt author { id username }\n  }\n"): (typeof documents)["\n  fragment ChatMessageFields on ChatMessage {\n    id content createdAt author { id username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRooms {\n    rooms { id name slug }\n  }\n"): (typeof documents)["\n  query ChatRooms {\n    rooms { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id name slug }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id name slug\n      messages(last: $last, before: $before) { ...ChatMessageFields }\n    }\n  }\n"): (typeof documents)["\n  query ChatRoom($slug: String!, $last: Int!, $before: String) {\n    room(slug: $slug) {\n      id name slug\n      messages(last: $last, before: $before) { ...ChatMessageFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomMessages on Room {\n    messages { ...ChatMessageFields }\n  }\n"): (typeof documents)["\n  fragment RoomMessages on Room {\n    messages { ...ChatMessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) { ...ChatMessageFields }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($roomSlug: String!, $after: String) {\n    messageAdded(roomSlug: $roomSlug, after: $after) { ...ChatMessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ChatMessageFields }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ChatMessageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieReviews($id: ID!, $first: Int!, $after: String) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...ReviewFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovieReviews($id: ID!, $first: Int!, $after: String) {\n    movie(id: $id) {\n      id\n      reviews(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...ReviewFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl\n      ...MovieRatingStats\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      myReview { id title body }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n"): (typeof documents)["\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl\n      ...MovieRatingStats\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      myReview { id title body }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n"): (typeof documents)["\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id title body createdAt updatedAt author { id username }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id title body createdAt updatedAt author { id username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) { ...ReviewFields }\n  }\n"): (typeof documents)["\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) { ...ReviewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) { ...ReviewFields }\n  }\n"): (typeof documents)["\n  mutation UpdateReview($input: UpdateReviewInput!) {\n    updateReview(input: $input) { ...ReviewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DeleteReview($id: ID!) {\n    deleteReview(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovieRatingStats on Movie {\n    id averageRating ratingCount myRating\n    ratingDistribution { score count percent }\n  }\n"): (typeof documents)["\n  fragment MovieRatingStats on Movie {\n    id averageRating ratingCount myRating\n    ratingDistribution { score count percent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) { ...MovieRatingStats }\n  }\n"): (typeof documents)["\n  mutation RateMovie($input: RateMovieInput!) {\n    rateMovie(input: $input) { ...MovieRatingStats }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) { ...MovieRatingStats }\n  }\n"): (typeof documents)["\n  mutation RemoveRating($movieId: ID!) {\n    removeRating(movieId: $movieId) { ...MovieRatingStats }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;