type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : 'info';

function write(level: Exclude<Level, 'silent'>, message: string, detail?: unknown): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, message };
  if (detail instanceof Error) line.error = { name: detail.name, message: detail.message, stack: detail.stack };
  else if (detail !== undefined) line.detail = detail;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
}

/** One-line JSON logs, so a collector can parse them without configuration. */
export const logger = {
  setLevel: (level: Level) => void (threshold = level),
  debug: (message: string, detail?: unknown) => write('debug', message, detail),
  info: (message: string, detail?: unknown) => write('info', message, detail),
  warn: (message: string, detail?: unknown) => write('warn', message, detail),
  error: (message: string, detail?: unknown) => write('error', message, detail),
};
