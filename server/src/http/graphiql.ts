import zlib from 'node:zlib';

export interface GraphiQLPage {
  html: string;
  gzipped: Buffer;
}

let page: GraphiQLPage | undefined;

/**
 * GraphiQL with every script inlined, so it works with no internet access. The bundle is ~60 MB
 * of memory once loaded, so it is loaded on first use, rendered once (kept gzipped as well, since
 * the page is ~9 MB) and then dropped from the module cache.
 */
export async function graphiqlPage(): Promise<GraphiQLPage> {
  if (page) return page;
  const modulePath = require.resolve('@graphql-yoga/render-graphiql');
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const html = renderGraphiQL({
    title: 'MyMDB GraphiQL',
    endpoint: '/graphql',
    subscriptionsProtocol: 'WS',
    defaultQuery: `# Welcome to MyMDB. Try:\nquery TopRated {\n  movies(first: 5, sort: TOP_RATED) {\n    totalCount\n    edges { node { id title releaseYear averageRating director { name } genres { name } } }\n  }\n}\n`,
  } as never);
  for (const cached of Object.keys(require.cache)) {
    if (cached.startsWith(modulePath.slice(0, modulePath.lastIndexOf('/')))) delete require.cache[cached];
  }
  page = { html, gzipped: zlib.gzipSync(html) };
  return page;
}
