/** Opt-in structured logging. Every entry is redacted before it reaches the sink; headers are never logged. */
import type { DriftReport } from './drift-types.js';
import { createRedactor } from './redaction.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log line. Only the fields that apply are present. */
export interface LogEntry {
  level: LogLevel;
  message: string;
  vendor: string;
  method?: string;
  /** Without credentials. */
  url?: string;
  status?: number;
  /** 1 for the first try of a request. */
  attempt?: number;
  durationMs?: number;
  /** For retries: the wait before the next attempt. */
  delayMs?: number;
  /** For retries: why. */
  reason?: string;
  /** For failures: the error class thrown. */
  error?: string;
  /** For `validate: 'report' | 'strict'`: a drift report, as `onDrift` gets it (no URL, no value of the body). */
  drift?: DriftReport;
}

export interface LoggerOptions {
  /** The least severe level written. */
  level: LogLevel;
  /** Where entries go. Default: `console.debug/info/warn/error` with one line of text. A throwing sink is ignored. */
  sink?: (entry: LogEntry) => void;
}

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** The optional fields of an entry; `undefined` ones are left out of the entry. */
export type LogFields = { [K in Exclude<keyof LogEntry, 'level' | 'message' | 'vendor'>]?: LogEntry[K] | undefined };

export interface Logger {
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

const silent: Logger = { enabled: () => false, log: () => {} };

export function createLogger(
  vendor: string,
  options: LoggerOptions | undefined,
  secrets: () => readonly string[],
): Logger {
  if (!options) return silent;
  const threshold = LOG_LEVELS.indexOf(options.level);
  const sink = options.sink ?? consoleSink;
  const enabled = (level: LogLevel) => LOG_LEVELS.indexOf(level) >= threshold;
  return {
    enabled,
    log(level, message, fields = {}) {
      if (!enabled(level)) return;
      const redactor = createRedactor(secrets());
      const entry: LogEntry = { level, message: redactor.text(message), vendor };
      for (const [key, value] of Object.entries(fields) as [keyof LogFields, LogFields[keyof LogFields]][]) {
        if (value === undefined) continue;
        Object.assign(entry, { [key]: typeof value === 'string' ? redactor.text(value) : value });
      }
      try {
        sink(entry);
      } catch {
        // A broken sink must not change the outcome of a request.
      }
    },
  };
}

function consoleSink(entry: LogEntry): void {
  console[entry.level](`[cloudspecs ${entry.vendor}] ${entry.message}`);
}
