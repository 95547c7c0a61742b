import { ApolloLink } from '@apollo/client';
import { print, type FormattedExecutionResult } from 'graphql';
import { Observable } from 'rxjs';

/** What the import page passes in the operation context to follow an upload. */
export interface UploadContext {
  onUploadProgress?: (fraction: number) => void;
}

/** True when the variables carry a File (or Blob) anywhere, i.e. the request must be multipart. */
export function hasFiles(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (Array.isArray(value)) return value.some(hasFiles);
  if (value && typeof value === 'object') return Object.values(value).some(hasFiles);
  return false;
}

/** The variables with every file replaced by null, plus the multipart map (GraphQL multipart request spec). */
export function extractFiles(variables: Record<string, unknown>): {
  variables: Record<string, unknown>;
  files: Blob[];
  map: Record<string, string[]>;
} {
  const files: Blob[] = [];
  const map: Record<string, string[]> = {};
  const walk = (value: unknown, path: string): unknown => {
    if (value instanceof Blob) {
      map[String(files.length)] = [path];
      files.push(value);
      return null;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}.${index}`));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, `${path}.${key}`)]));
    return value;
  };
  return { variables: walk(variables, 'variables') as Record<string, unknown>, files, map };
}

/**
 * A terminating link for operations with files: a multipart POST through XMLHttpRequest, because
 * fetch cannot report upload progress. `Apollo-Require-Preflight` satisfies the server's CSRF guard.
 */
export function createUploadLink(uri: string): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const context = operation.getContext() as UploadContext & { headers?: Record<string, string> };
        const { variables, files, map } = extractFiles(operation.variables);
        const form = new FormData();
        form.append(
          'operations',
          JSON.stringify({ query: print(operation.query), variables, operationName: operation.operationName }),
        );
        form.append('map', JSON.stringify(map));
        files.forEach((file, index) =>
          form.append(String(index), file, file instanceof File ? file.name : `upload-${index}`),
        );

        const xhr = new XMLHttpRequest();
        xhr.open('POST', uri);
        for (const [name, value] of Object.entries({ ...context.headers, 'Apollo-Require-Preflight': 'true' }))
          xhr.setRequestHeader(name, value);
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) context.onUploadProgress?.(event.loaded / event.total);
        };
        xhr.onload = () => {
          try {
            observer.next(JSON.parse(xhr.responseText) as FormattedExecutionResult);
            observer.complete();
          } catch {
            observer.error(new Error(`The server answered ${xhr.status} without a GraphQL result`));
          }
        };
        xhr.onerror = () => observer.error(new Error('Could not reach the server'));
        xhr.send(form);
        return () => xhr.abort();
      }),
  );
}
