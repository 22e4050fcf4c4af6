/**
 * Where drift checking joins the request path: with `validate` off (the default) there is no hook and nothing is
 * loaded; with it on, the vendor's validators (its `./validators` entry, which brings the checks of
 * `@cloudspecs/runtime/drift` with it) are imported once, when the client is created, and every answer read as JSON is
 * handed to them. Kept small on purpose: this is all a client without validation carries of the feature.
 */
import type { CheckedExchange, DriftChecker, DriftReport, ValidatorsLoader } from './drift-types.js';
import { ConfigurationError } from './errors.js';
import type { Logger } from './logging.js';
import type { CommonClientOptions } from './options.js';
import { createRedactor } from './redaction.js';

/** Checks one answer; rejects with DriftError (strict mode) or ConfigurationError (validators that cannot load). */
export type DriftHook = (exchange: CheckedExchange) => Promise<void>;

/** How a vendor package loads its validators: its own `./validators` entry, and that entry's name for messages. */
export interface VendorValidators {
  load: ValidatorsLoader;
  /** e.g. `@cloudspecs/katapult-client/validators` */
  module: string;
}

export function driftHook(settings: {
  vendor: string;
  options: CommonClientOptions;
  validators: VendorValidators | undefined;
  logger: Logger;
  secrets: () => readonly string[];
}): DriftHook | undefined {
  const { vendor, options, validators, logger, secrets } = settings;
  const mode = options.validate;
  if (mode === undefined || mode === 'off') return undefined;
  const hint = validators
    ? ` In an app built by a bundler, pass the option validators: () => import('${validators.module}').`
    : '';
  const failed = (reason: string) =>
    new ConfigurationError(`${vendor}: validate: '${mode}' needs the response validators, which ${reason}.${hint}`, {
      option: 'validators',
    });
  const load = options.validators ?? validators?.load;
  // The checker, or why there is none.
  const loading: Promise<DriftChecker | string> = (async () => {
    if (load === undefined) return 'this client does not have';
    let loaded: unknown;
    try {
      loaded = (await load())?.validators;
    } catch (error) {
      // The loader's own error names a module, never a credential; only its first line, as the loader may be anything.
      const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return `could not be loaded (${createRedactor(secrets()).text(text ?? '')})`;
    }
    const given = loaded as { vendor?: unknown; createChecker?: unknown } | undefined;
    if (typeof given?.createChecker !== 'function') return 'the loaded module does not export as `validators`';
    if (given.vendor !== vendor) return `were given for ${JSON.stringify(given.vendor)}, not ${vendor}`;
    return (given as { createChecker: (s: object) => DriftChecker }).createChecker({
      mode,
      onDrift: options.onDrift,
      log: (level: 'warn' | 'error', message: string, report: DriftReport | undefined) =>
        logger.log(level, message, report ? { method: report.method, status: report.status, drift: report } : {}),
      redact: (text: string) => createRedactor(secrets()).text(text),
    });
  })();
  let warned = false;
  return async (exchange) => {
    const checker = await loading;
    if (typeof checker !== 'string') return checker.check(exchange);
    // Report mode never fails a call: it says once that nothing is checked. Strict mode refuses to go unchecked.
    if (mode === 'strict') throw failed(checker);
    if (!warned) {
      warned = true;
      logger.log('error', `${failed(checker).message} Responses are not checked.`);
    }
  };
}
