// Validates Kubernetes objects (a JSON array on stdin) against the schemas that ship in the
// `kubernetes-models` package, which is ESM-only (hence a script of its own, run by plain node).
// Prints [{ kind, name, error }] with error null for a valid object.
const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
});
const results = [];
for (const object of JSON.parse(input)) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  let error = null;
  try {
    const models = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
    const Model = models[object.kind];
    if (!Model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}`);
    new Model(object).validate();
  } catch (caught) {
    error = String(caught?.message ?? caught);
  }
  results.push({ kind: object.kind, name: object.metadata?.name ?? null, error });
}
process.stdout.write(JSON.stringify(results));
