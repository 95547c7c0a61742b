import {
  GraphQLBoolean,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
} from 'graphql';
import { EventStream } from '../modules/common/event-stream';
import { sharedSubscribe } from './shared-subscribe';

interface Tick {
  n: number;
}

/** A tiny schema: Subscription.tick(channel) streams Tick events; resolvers count their runs. */
function fixture() {
  const streams = new Set<EventStream<Tick>>();
  const runs = { tick: 0, label: 0, secret: 0 };
  const TickType = new GraphQLObjectType<Tick, { viewer: string }>({
    name: 'Tick',
    fields: {
      n: { type: GraphQLInt },
      label: {
        type: GraphQLString,
        args: { upper: { type: GraphQLBoolean } },
        resolve: (tick, { upper }) => (runs.label++, upper ? `TICK ${tick.n}` : `tick ${tick.n}`),
      },
      secret: {
        type: GraphQLString,
        resolve: (tick, _args, { viewer }) => (runs.secret++, `${viewer}'s view of ${tick.n}`),
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: TickType,
          args: { channel: { type: new GraphQLNonNull(GraphQLString) }, after: { type: GraphQLInt } },
          subscribe: () => {
            const stream: EventStream<Tick> = new EventStream<Tick>(() => streams.delete(stream));
            streams.add(stream);
            return stream;
          },
          resolve: (tick: Tick) => (runs.tick++, tick),
        },
      },
    }),
  });
  const subscribe = sharedSubscribe(schema, { Subscription: ['tick'], Tick: ['n', 'label'] });
  const open = async (query: string, variables: Record<string, unknown> = {}, viewer = 'ann') =>
    (await subscribe({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { viewer },
    })) as AsyncIterableIterator<ExecutionResult>;
  const emit = (tick: Tick) => streams.forEach((stream) => stream.push(tick));
  return { runs, open, emit, streams };
}

describe('sharedSubscribe', () => {
  it('runs each event once for subscribers with the same selection, whatever their root arguments', async () => {
    const { runs, open, emit } = fixture();
    const query =
      'subscription ($channel: String!, $after: Int) { tick(channel: $channel, after: $after) { n label } }';
    const subscribers = [
      await open(query, { channel: 'a', after: 1 }),
      await open(query, { channel: 'a', after: 7 }),
      await open(query, { channel: 'a' }, 'bob'),
    ];
    emit({ n: 1 });
    emit({ n: 2 });
    for (const subscriber of subscribers) {
      expect((await subscriber.next()).value).toEqual({ data: { tick: { n: 1, label: 'tick 1' } } });
      expect((await subscriber.next()).value).toEqual({ data: { tick: { n: 2, label: 'tick 2' } } });
    }
    expect(runs).toEqual({ tick: 2, label: 2, secret: 0 });
  });

  it('keeps selections apart when a variable shapes the result', async () => {
    const { runs, open, emit } = fixture();
    const query = 'subscription ($upper: Boolean) { tick(channel: "a") { label(upper: $upper) } }';
    const [loud, quiet] = [await open(query, { upper: true }), await open(query, { upper: false })];
    emit({ n: 3 });
    expect((await loud.next()).value).toEqual({ data: { tick: { label: 'TICK 3' } } });
    expect((await quiet.next()).value).toEqual({ data: { tick: { label: 'tick 3' } } });
    expect(runs.label).toBe(2);
  });

  it('runs a selection with a viewer-dependent field per subscriber', async () => {
    const { runs, open, emit } = fixture();
    const query = 'subscription { tick(channel: "a") { n secret } }';
    const [ann, bob] = [await open(query, {}, 'ann'), await open(query, {}, 'bob')];
    emit({ n: 4 });
    expect((await ann.next()).value).toEqual({ data: { tick: { n: 4, secret: "ann's view of 4" } } });
    expect((await bob.next()).value).toEqual({ data: { tick: { n: 4, secret: "bob's view of 4" } } });
    expect(runs).toMatchObject({ tick: 2, secret: 2 });
  });

  it('passes unsubscribe through to the source stream', async () => {
    const { open, streams } = fixture();
    const subscriber = await open('subscription { tick(channel: "a") { n } }');
    expect(streams.size).toBe(1);
    await subscriber.return!();
    expect(streams.size).toBe(0);
  });
});
