import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * JSX is compiled by Vite itself (the automatic runtime, from tsconfig); no React plugin is needed.
 * `npm run dev`: Vite on :5173 proxying the API (and its WebSocket) to the server on :4000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries change less often than our code: separate chunks stay cached across releases.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'graphql', test: /node_modules[\\/]/ },
          ],
        },
      },
      // react-router ships "use client" directives, which only matter to server-component bundlers.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/media': 'http://127.0.0.1:4000',
    },
  },
});
