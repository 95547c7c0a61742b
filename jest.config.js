/**
 * Tests compile with ts-jest in transpile-only mode: fast, and it keeps the decorator metadata
 * type-graphql and MikroORM need (esbuild-based transforms drop it). `npm test` type-checks first.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/persister', '<rootDir>/client/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['<rootDir>/server/test/env.ts'],
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
