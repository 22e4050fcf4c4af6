/**
 * Where drift checking joins the request path: with `validate` off (the default) there is no hook and nothing is
 * loaded; with it on, the vendor's validators (its `./validators` entry, which brings the checks of
 * `@cloudspecs/runtime/drift` with it) are imported once, when the client is created, and every answer read as JSON is
 * handed to them. Kept small on purpose: this is all a client without validation carries of the feature.
 */
import type { CheckedExchange, ValidatorsLoader } from './drift-types.js';
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
  const load =
    options.validators ??
    validators?.load ??
    (() => Promise.reject(new Error('this client comes without them: give the validators option')));
  // The checker, or why there is none. What checks the validators themselves (their vendor, the shape of what they
  // were given) is on their side: loaded only with them, it costs a client without validation nothing.
  const loading = (async () =>
    (await load()).validators.createChecker({ ...settings, mode, onDrift: options.onDrift }))().catch(
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  let warned = false;
  return async (exchange) => {
    const checker = await loading;
    if (!(checker instanceof Error)) return checker.check(exchange);
    // Only the first line of the loader's error (it names a module), redacted: the loader may be anything.
    const failed = new ConfigurationError(
      createRedactor(secrets()).text(
        `${vendor}: validate: '${mode}' could not load the response validators (${checker.message.split('\n')[0]}). In an app built by a bundler, pass the option validators: () => import('${validators?.module ?? '<the client package>/validators'}').`,
      ),
      { option: 'validators' },
    );
    // Strict mode refuses to go unchecked; report mode never fails a call, and says once that nothing is checked.
    if (mode === 'strict') throw failed;
    if (!warned) logger.log('error', `${failed.message} Responses are not checked.`);
    warned = true;
  };
}
