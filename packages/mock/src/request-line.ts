/** The mock's and the twin's line per request, in one form. */
import { type Violation, violationMessages } from './vendor-errors.js';

/** `katapult  POST /organizations/organization/ip_addresses → 422 validation_error · Request body must have …` */
export function requestLine(
  name: string,
  method: string,
  target: string,
  status: number,
  code: string | undefined,
  violations: readonly Violation[],
): string {
  const messages = violationMessages(violations);
  return `${name}  ${method} ${target} → ${status}${code ? ` ${code}` : ''}${messages.length > 0 ? ` · ${messages.join('; ')}` : ''}`;
}
