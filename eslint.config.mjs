import js from '@eslint/js';
import * as graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Server modules depend one way: common <- accounts <- catalogue <- reviews <- recommendations <- {import, bot, chat},
 * with storage beside catalogue (used by import). Each module may not import those after it.
 * Tests are exempt: they drive the whole app.
 */
const CODE = ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'];

const LAYERS = {
  common: ['accounts', 'catalogue', 'reviews', 'recommendations', 'storage', 'import', 'bot', 'chat'],
  accounts: ['catalogue', 'reviews', 'recommendations', 'storage', 'import', 'bot', 'chat'],
  catalogue: ['reviews', 'recommendations', 'import', 'bot', 'chat'],
  storage: ['accounts', 'catalogue', 'reviews', 'recommendations', 'import', 'bot', 'chat'],
  reviews: ['recommendations', 'import', 'bot', 'chat'],
  recommendations: ['import', 'bot', 'chat'],
  import: ['bot', 'chat'],
  bot: ['import', 'chat'],
  chat: ['import', 'bot'],
};
const dependencyDirection = Object.entries(LAYERS).map(([module, forbidden]) => ({
  files: [`server/src/modules/${module}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((other) => ({
          group: [`../${other}/*`, `../../modules/${other}/*`],
          message: `modules depend one way (common <- accounts <- catalogue <- reviews <- recommendations <- import, bot, chat): ${module} may not import ${other}`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'client/dist/',
      'client/src/__generated__/', 'server/test/__generated__/',
      'data/',
      'kafka-infra/.local/',
      'test-artifacts/',
    ],
  },
  // Code rules for code files only: the GraphQL blocks below lint extracted documents.
  ...[js.configs.recommended, ...tseslint.configs.recommendedTypeChecked].map((config) => ({ ...config, files: CODE })),
  {
    files: CODE,
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './client/tsconfig.json', './client/tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Plugin hooks and migrations are async by their interfaces, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // React event handlers may be async; their promises are handled inside them.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...dependencyDirection,
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs', 'codegen.ts'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests read JSON off the wire and poke at internals: \`any\` is theirs to use.
    files: ['**/*.test.{ts,tsx}', 'server/test/**', 'client/test/**', 'client/e2e/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['client/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // The client's GraphQL documents, linted against the committed schema (extracted from graphql(`...`) calls).
  { files: ['client/src/**/*.{ts,tsx}'], ignores: ['**/*.test.{ts,tsx}'], processor: graphqlPlugin.processors.graphql },
  {
    files: ['client/src/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql', documents: 'client/src/**/*.{ts,tsx}' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // Some fragments exist for cache writes (writeFragment), not for operations.
      '@graphql-eslint/no-unused-fragments': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
  },
);
