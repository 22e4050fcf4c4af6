/**
 * @cloudspecs/katapult-client/validators — the response checks of every operation, generated from the spec, for
 * `validate: 'report' | 'strict'`. A client imports this entry itself when the option is on; an app built by a bundler
 * passes `validators: () => import('@cloudspecs/katapult-client/validators')` so that they get a chunk of their own.
 */
export { validators } from './generated/validators.js';
