import { extractFiles, hasFiles } from './upload-link';

describe('multipart request helpers', () => {
  it('finds files anywhere in the variables', () => {
    const file = new File(['[]'], 'movies.json', { type: 'application/json' });
    expect(hasFiles({ file })).toBe(true);
    expect(hasFiles({ input: { files: [null, file] } })).toBe(true);
    expect(hasFiles({ input: { title: 'x', years: [1, 2] } })).toBe(false);
  });

  it('nulls each file and maps it to its variable path (GraphQL multipart request spec)', () => {
    const a = new File(['a'], 'a.json');
    const b = new File(['b'], 'b.json');
    const { variables, files, map } = extractFiles({ file: a, nested: { list: [b], keep: 3 } });
    expect(variables).toEqual({ file: null, nested: { list: [null], keep: 3 } });
    expect(files).toEqual([a, b]);
    expect(map).toEqual({ 0: ['variables.file'], 1: ['variables.nested.list.0'] });
  });
});
