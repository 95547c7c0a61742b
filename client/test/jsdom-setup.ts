import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out a few globals React and Apollo Client use.
Object.assign(globalThis, { TextEncoder, TextDecoder, IS_REACT_ACT_ENVIRONMENT: true });
