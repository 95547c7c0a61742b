import 'reflect-metadata';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Upload } from 'graphql-upload-ts';
import * as clientDocuments from '../../../client/src/__generated__/graphql';
import { loadConfig } from '../config';
import { createSchema } from '../schema';
import { operationCost } from './operation-limits';
import { graphql } from '../../test/__generated__';

/** A value of `type` as large as the client would send: page sizes at their maximum. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  const scalar = getNamedType(getNullableType(type)).name;
  if (scalar === 'Upload') return new Upload();
  if (scalar === 'Int') return /first|last|limit/.test(name) ? 100 : 1;
  if (scalar === 'Boolean') return true;
  if (scalar === 'Float') return 1;
  return '1';
}

function variablesFor(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
      return [definition.variable.name.value, sampleValue(type, definition.variable.name.value)];
    }),
  );
}

describe('the operation cost model', () => {
  let schema: GraphQLSchema;
  const limits = loadConfig({}).graphql.limits;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('keeps every document the web client sends under the default limit, page sizes at their maximum', () => {
    const documents = Object.entries(clientDocuments).filter(([name]) => name.endsWith('Document')) as Array<
      [string, DocumentNode]
    >;
    expect(documents.length).toBeGreaterThan(15);
    const costs = Object.fromEntries(
      documents.map(([name, document]) => [name, operationCost(schema, document, variablesFor(schema, document))]),
    );
    for (const [name, cost] of Object.entries(costs)) {
      expect({ name, underLimit: cost <= limits.maxCost }).toEqual({ name, underLimit: true });
    }
  });

  it('multiplies list fields by their size argument, defaults included', () => {
    const cost = (query: DocumentNode | string) =>
      operationCost(schema, typeof query === 'string' ? parse(query) : query, {});
    expect(
      cost(
        graphql(`
          query OperationLimitsMovies {
            movies(first: 10) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
      ),
    ).toBe(1 + 10 * (1 + 1 + 1));
    expect(
      cost(
        graphql(`
          query OperationLimitsMovies2 {
            movies {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
      ),
    ).toBe(1 + 25 * 3);
    expect(
      cost(
        graphql(`
          query OperationLimitsMovie {
            movie(id: 1) {
              similar {
                movie {
                  id
                }
              }
            }
          }
        `),
      ),
    ).toBe(1 + 10 + 5 * 2);
    const similar = (depth: number): string =>
      depth === 0 ? 'id' : `similar(limit: 20) { movie { ${similar(depth - 1)} } }`;
    expect(cost(`{ movie(id: 1) { ${similar(2)} } }`)).toBe(1 + 10 + 20 * (1 + 10 + 20 * 2));
    expect(cost(`{ movie(id: 1) { ${similar(3)} } }`)).toBeGreaterThan(limits.maxCost);
  });
});
