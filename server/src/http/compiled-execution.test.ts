import {
  GraphQLError,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { compiledExecution } from './compiled-execution';

/** A tiny schema whose resolver counts its calls and can fail with an original error. */
function schemaCounting() {
  const calls: string[] = [];
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      greet: {
        type: new GraphQLNonNull(GraphQLString),
        args: { times: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, { times }: { times: number }, context: { who: string }) => {
          calls.push(context.who);
          if (times < 0)
            throw new GraphQLError('times must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
          return `hi ${context.who} `.repeat(times).trim();
        },
      },
      plain: { type: GraphQLString },
    },
  });
  return { schema: new GraphQLSchema({ query }), calls };
}

async function executorOf(schema: GraphQLSchema, compileOnUse: number) {
  const gateway = compiledExecution(schema, { compileOnUse });
  let loaded: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (loaded = apiSchema));
  const { executor } = await gateway.load({ apollo: {} });
  expect(loaded).toBe(schema);
  return (document: ReturnType<typeof parse>, variables: Record<string, unknown>, who = 'ada') =>
    executor!({
      document,
      request: { variables },
      context: { who },
      operation: document.definitions[0],
      operationName: null,
    } as unknown as GatewayGraphQLRequestContext);
}

describe('compiled execution (graphql-jit behind Apollo’s gateway interface)', () => {
  const document = parse('query Greet($times: Int!) { greet(times: $times) plain }');

  it('answers as graphql-js does, before and after the document is compiled', async () => {
    const { schema, calls } = schemaCounting();
    const run = await executorOf(schema, 2);
    const first = await run(document, { times: 2 });
    const second = await run(document, { times: 3 }, 'bob');
    const third = await run(document, { times: 1 });
    expect(first).toEqual({ data: { greet: 'hi ada hi ada', plain: null } });
    expect(second).toEqual({ data: { greet: 'hi bob hi bob hi bob', plain: null } });
    expect(third).toEqual({ data: { greet: 'hi ada', plain: null } });
    expect(calls).toEqual(['ada', 'bob', 'ada']);
  });

  it('keeps a resolver’s error, its code and its original error', async () => {
    const { schema } = schemaCounting();
    const run = await executorOf(schema, 1);
    const result = await run(document, { times: -1 });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].message).toBe('times must not be negative');
    expect(result.errors?.[0].path).toEqual(['greet']);
    expect(result.errors?.[0].originalError).toBeInstanceOf(GraphQLError);
    expect((result.errors?.[0].originalError as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('words variables that do not coerce as graphql-js does, running nothing', async () => {
    const { schema, calls } = schemaCounting();
    const compiled = await executorOf(schema, 1);
    const result = await compiled(document, { times: 'many' });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.message)).toEqual([
      'Variable "$times" got invalid value "many"; Int cannot represent non-integer value: "many"',
    ]);
    expect(result.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
    expect(calls).toEqual([]);
  });
});
