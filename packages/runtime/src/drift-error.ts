/**
 * DriftError: what `validate: 'strict'` throws for a 2xx body the spec does not allow. Its own module, named without a
 * top-level statement, so that a bundle which never throws it (validation off) holds none of it.
 */
import type { DriftReport } from './drift-types.js';
import { CloudspecsError } from './errors.js';

/**
 * A 2xx answer whose body the spec does not allow (`validate: 'strict'`): a wrong type, a missing required property, a
 * value outside the spec's enum or bounds. `reports` say where and what, never a value of the body; the message is
 * built from them, so the error is safe to log and send like every other.
 */
export const DriftError = /* @__PURE__ */ named(
  class DriftError extends CloudspecsError {
    readonly vendor: string;
    readonly operationId: string;
    readonly method: string;
    /** The path template, never the URL sent. */
    readonly path: string;
    readonly status: number;
    /** What the body breaks, one report each (not de-duplicated: every one of this answer). */
    readonly reports: readonly DriftReport[];

    constructor(
      message: string,
      details: {
        vendor: string;
        operationId: string;
        method: string;
        path: string;
        status: number;
        reports: readonly DriftReport[];
      },
    ) {
      super(message);
      this.vendor = details.vendor;
      this.operationId = details.operationId;
      this.method = details.method;
      this.path = details.path;
      this.status = details.status;
      this.reports = details.reports;
    }
  },
);
export type DriftError = InstanceType<typeof DriftError>;

/** `name` on the prototype, as the other error classes have it (errors.ts). */
function named<T extends abstract new (...args: never[]) => unknown>(errorClass: T): T {
  Object.defineProperty(errorClass.prototype, 'name', { value: 'DriftError', writable: true, configurable: true });
  return errorClass;
}
