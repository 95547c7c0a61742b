import zlib from 'node:zlib';

export interface GraphiQLPage {
  html: string;
  gzipped: Buffer;
}

let page: GraphiQLPage | undefined;

/**
 * Subscriptions go over graphql-ws, whose socket cannot carry HTTP headers: the server reads
 * `authorization` from connection_init's payload (as the web client sends it). GraphiQL sends an
 * empty payload, so this copies the Headers tab's Authorization (persisted by GraphiQL) into it.
 */
const SUBSCRIPTION_AUTH_BRIDGE = `(function () {
  function authorization() {
    var sources = [];
    try {
      var tabs = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
      if (tabs && tabs.tabs && tabs.tabs[tabs.activeTabIndex]) sources.push(tabs.tabs[tabs.activeTabIndex].headers);
    } catch (e) {}
    sources.push(localStorage.getItem('graphiql:headers'));
    for (var i = 0; i < sources.length; i++) {
      try {
        var headers = JSON.parse(sources[i] || '{}');
        for (var key in headers) if (key.toLowerCase() === 'authorization' && headers[key]) return String(headers[key]);
      } catch (e) {}
    }
    return null;
  }
  var send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    try {
      var message = JSON.parse(data);
      var token = message && message.type === 'connection_init' ? authorization() : null;
      if (token) data = JSON.stringify({ type: 'connection_init', payload: Object.assign({}, message.payload, { authorization: token }) });
    } catch (e) {}
    return send.call(this, data);
  };
})();`;

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
    // Kept in localStorage, where the bridge below reads the Authorization for subscriptions.
    shouldPersistHeaders: true,
    defaultQuery: `# Welcome to MyMDB. Try:\nquery TopRated {\n  movies(first: 5, sort: TOP_RATED) {\n    totalCount\n    edges { node { id title releaseYear averageRating director { name } genres { name } } }\n  }\n}\n`,
  } as never);
  const withBridge = html.replace('<script>', `<script>${SUBSCRIPTION_AUTH_BRIDGE}</script><script>`);
  for (const cached of Object.keys(require.cache)) {
    if (cached.startsWith(modulePath.slice(0, modulePath.lastIndexOf('/')))) delete require.cache[cached];
  }
  page = { html: withBridge, gzipped: zlib.gzipSync(withBridge) };
  return page;
}
