import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = { enumsAsTypes: true, useTypeImports: true };

/**
 * Typed documents from the committed schema (`npm run codegen`): the web client's, and the
 * server tests' (each `graphql(\`…\`)` in a test returns a TypedDocumentNode, so the harness
 * types what the server answers).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'client/src/__generated__/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/**/*.test.{ts,tsx}', '!client/src/__generated__/**'],
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: { ...shared, scalars: { DateTimeISO: 'string', Upload: 'File' } },
    },
    'server/test/__generated__/': {
      documents: [
        'server/src/**/*.test.ts',
        'persister/src/**/*.test.ts',
        'client/e2e/*.ts',
        'server/test/*.ts',
        '!server/test/__generated__/**',
      ],
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      // Tests write the same small operations in several files, and many are anonymous.
      documentTransforms: [],
      config: {
        ...shared,
        scalars: { DateTimeISO: 'string', Upload: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
