import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the web client, from the committed schema. `npm run codegen`. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/**/*.test.{ts,tsx}', '!client/src/__generated__/**'],
  generates: {
    'client/src/__generated__/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', Upload: 'File' } },
    },
  },
};

export default config;
