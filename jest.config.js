/**
 * Two projects. `server`: API, persister and browser end-to-end tests in Node. `client`: the web
 * client's logic and components in jsdom. Both compile with ts-jest in transpile-only mode
 * (`isolatedModules` in the tsconfigs): fast,
 * and it keeps the decorator metadata type-graphql and MikroORM need (esbuild-based transforms
 * drop it). `npm test` type-checks first.
 */
const transpileOnly = (tsconfig) => ['ts-jest', { tsconfig }];

module.exports = {
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/server', '<rootDir>/persister', '<rootDir>/client/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': transpileOnly('<rootDir>/tsconfig.json') },
      setupFiles: ['<rootDir>/server/test/env.ts'],
    },
    {
      displayName: 'client',
      testEnvironment: 'jsdom',
      // The CommonJS builds of our dependencies (jsdom's default "browser" condition picks ESM ones).
      testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
      roots: ['<rootDir>/client/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': transpileOnly('<rootDir>/client/tsconfig.test.json') },
      setupFiles: ['<rootDir>/client/test/jsdom-setup.ts'],
    },
  ],
};
