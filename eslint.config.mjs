import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Server modules depend one way: common <- accounts <- catalogue <- reviews <- {import, bot, chat},
 * with storage beside catalogue (used by import). Each module may not import those after it.
 * Tests are exempt: they drive the whole app.
 */
const LAYERS = {
  common: ['accounts', 'catalogue', 'reviews', 'storage', 'import', 'bot', 'chat'],
  accounts: ['catalogue', 'reviews', 'storage', 'import', 'bot', 'chat'],
  catalogue: ['reviews', 'import', 'bot', 'chat'],
  storage: ['accounts', 'catalogue', 'reviews', 'import', 'bot', 'chat'],
  reviews: ['import', 'bot', 'chat'],
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
          message: `modules depend one way (common <- accounts <- catalogue <- reviews <- import, bot, chat): ${module} may not import ${other}`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'client/dist/', 'client/src/__generated__/', 'data/', 'kafka-infra/.local/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...dependencyDirection,
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } } },
);
