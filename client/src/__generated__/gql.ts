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
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl averageRating ratingCount\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      ratingDistribution { score count percent }\n      reviews(first: 10) { totalCount edges { node { id title body createdAt author { id username } } } }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n": typeof types.MovieDetailsDocument,
    "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n": typeof types.MovieGridDocument,
};
const documents: Documents = {
    "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl averageRating ratingCount\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      ratingDistribution { score count percent }\n      reviews(first: 10) { totalCount edges { node { id title body createdAt author { id username } } } }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n": types.MovieDetailsDocument,
    "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n": types.MovieGridDocument,
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
export function graphql(source: "\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl averageRating ratingCount\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      ratingDistribution { score count percent }\n      reviews(first: 10) { totalCount edges { node { id title body createdAt author { id username } } } }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n"): (typeof documents)["\n  query MovieDetails($id: ID!) {\n    movie(id: $id) {\n      id title description releaseYear posterUrl averageRating ratingCount\n      director { id name }\n      mainActors { id name }\n      genres { id name }\n      ratingDistribution { score count percent }\n      reviews(first: 10) { totalCount edges { node { id title body createdAt author { id username } } } }\n      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n"): (typeof documents)["\n  query MovieGrid($first: Int!, $offset: Int!, $sort: MovieSort!, $filter: MovieFilter) {\n    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {\n      totalCount\n      edges {\n        node { id title releaseYear posterUrl averageRating ratingCount genres { id name } }\n      }\n    }\n    genres { id name movieCount }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;