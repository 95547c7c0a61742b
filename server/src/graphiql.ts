import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let page: string | undefined;

/** GraphiQL with its scripts inlined: works with no internet access. Rendered once, on first use. */
export function graphiqlPage(): string {
  page ??= renderGraphiQL({
    title: 'MyMDB GraphiQL',
    endpoint: '/graphql',
    subscriptionsProtocol: 'WS',
    defaultQuery: `# Welcome to MyMDB. Try:\nquery TopRated {\n  movies(first: 5, sort: TOP_RATED) {\n    totalCount\n    edges { node { id title releaseYear averageRating director { name } genres { name } } }\n  }\n}\n`,
  } as never);
  return page;
}
