/** Tests compile with swc, keeping decorator metadata (type-graphql and MikroORM need it). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/persister'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  setupFiles: ['<rootDir>/server/test/env.ts'],
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
