import {
  Kind,
  OperationTypeNode,
  createSourceEventStream,
  execute,
  getOperationAST,
  subscribe,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';

/** Per type, the fields whose value for a given event is the same whoever subscribed. */
export type ViewerIndependentFields = Readonly<Record<string, readonly string[]>>;

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-ws's `subscribe`, executing each event once per distinct selection instead of once per
 * subscriber. 200 people in a room asking for the same fields cost one execution per message.
 *
 * Only selections made entirely of viewer-independent fields are shared (a user's email, say, is
 * not: it is shown to its owner only); anything else runs per subscriber, as graphql-js does. The
 * sharing key is the operation's text plus the variables its selection uses; the root field's own
 * arguments (room, `after`) choose the events, not how one is rendered, so they are left out.
 * Results are kept per event object in a WeakMap and go when the event does.
 */
export function sharedSubscribe(
  schema: GraphQLSchema,
  independent: ViewerIndependentFields,
): (args: ExecutionArgs) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const allowed = new Map(Object.entries(independent).map(([type, fields]) => [type, new Set(fields)]));
  const plans = new Map<string, SharingPlan | null>();
  const resultsByEvent = new WeakMap<object, Map<string, Result>>();

  return async (args) => {
    const plan = planFor(schema, allowed, plans, args.document, args.operationName);
    if (!plan) return subscribe(args);
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const key = `${plan.id}|${JSON.stringify(plan.variables.map((name) => args.variableValues?.[name] ?? null))}`;
    return mapStream(source, (event) => {
      if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
      let results = resultsByEvent.get(event);
      if (!results) resultsByEvent.set(event, (results = new Map<string, Result>()));
      let result = results.get(key);
      if (!result) results.set(key, (result = execute({ ...args, rootValue: event })));
      return result;
    });
  };
}

interface SharingPlan {
  /** The operation's text: equal texts render an event equally. */
  id: string;
  /** Variables the selection (below the root field) reads. */
  variables: string[];
}

const MAX_PLANS = 1000;

function planFor(
  schema: GraphQLSchema,
  allowed: Map<string, Set<string>>,
  plans: Map<string, SharingPlan | null>,
  document: DocumentNode,
  operationName?: string | null,
): SharingPlan | null {
  const text = document.loc?.source.body;
  if (!text) return null;
  const cacheKey = `${operationName ?? ''}\n${text}`;
  if (plans.has(cacheKey)) return plans.get(cacheKey)!;
  const plan = computePlan(schema, allowed, document, operationName, cacheKey);
  if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
  plans.set(cacheKey, plan);
  return plan;
}

function computePlan(
  schema: GraphQLSchema,
  allowed: Map<string, Set<string>>,
  document: DocumentNode,
  operationName: string | null | undefined,
  id: string,
): SharingPlan | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return null;
  const rootFields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  if (rootFields.length !== 1 || operation.selectionSet.selections.length !== 1) return null;
  const root = rootFields[0];

  let shareable = true;
  const variables = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (node.name.value === '__typename') return;
        if (!parent || !allowed.get(parent.name)?.has(node.name.value)) shareable = false;
      },
      // Declarations are not uses.
      VariableDefinition: () => false,
      Variable(node, _key, _parent, _path, ancestors) {
        // A variable in the root field's arguments only picks events; anywhere else it shapes the result.
        if (!ancestors.includes(root.arguments as never)) variables.add(node.name.value);
      },
    }),
  );
  return shareable ? { id, variables: [...variables].sort() } : null;
}

/** An async iterable of mapped values whose return() reaches the source at once (unsubscribe). */
function mapStream<T>(
  source: AsyncIterable<unknown>,
  map: (value: unknown) => T | Promise<T>,
): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const step = await iterator.next();
      return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
