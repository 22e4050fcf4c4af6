/**
 * How each vendor answers a request it refuses, in the form its documentation gives, so that a client (and the person
 * reading a failing test) sees the same error from the mock as from the API: Katapult's wrapped `validation_error` and
 * `missing_api_token`, Hostway's JSON fault and plain-text 401, SCP's list of validation failures and bodiless 401.
 */
import { randomUUID } from 'node:crypto';
import type { vendors } from './generated/vendors.js';

/** One violation of the spec, as Prism reports it in the `sl-violations` header. */
export interface Violation {
  /** Where: `['request', 'body', 'network']`, `['request', 'query', 'organization']`, `['response', 'body']`. */
  location: string[];
  severity: string;
  code?: string | number | undefined;
  message: string;
}

/** An answer the mock sends instead of Prism's. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** Already serialised. */
  body: string;
}

export interface VendorErrorForms {
  /** A request that breaks the spec. */
  invalidRequest(violations: readonly Violation[]): MockAnswer;
  /** A request without the credentials the spec requires. */
  missingCredentials(): MockAnswer;
}

/** `Request body must have required property 'network'` → `network`, so the failure can point at the field. */
function missingProperty(violation: Violation): string | undefined {
  return /must have required property '([^']+)'/.exec(violation.message)?.[1];
}

/** The violation messages, once each (a `oneOf` lookup reports one line per branch plus one for the `oneOf`). */
export function violationMessages(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((violation) => violation.message))];
}

const json = { 'content-type': 'application/json' };

const katapult: VendorErrorForms = {
  invalidRequest: (violations) => ({
    status: 422,
    headers: { ...json, 'x-api-schema': 'json-error' },
    body: JSON.stringify({
      error: {
        code: 'validation_error',
        description: 'A validation error occurred with the object being created or updated.',
        detail: { errors: violationMessages(violations) },
      },
    }),
  }),
  missingCredentials: () => ({
    status: 400,
    headers: { ...json, 'x-api-schema': 'json-error' },
    body: JSON.stringify({
      error: {
        code: 'missing_api_token',
        description: 'No API token was supplied. Send one in the Authorization header, prefixed with Bearer.',
        detail: {},
      },
    }),
  }),
};

const hostway: VendorErrorForms = {
  invalidRequest: (violations) => ({
    status: 400,
    headers: json,
    body: JSON.stringify({
      computeFault: {
        message: `Check your parameter: ${violationMessages(violations).join('; ')}`,
        code: 400,
        details: '',
        errorid: randomUUID(),
      },
    }),
  }),
  missingCredentials: () => ({
    status: 401,
    headers: { 'content-type': 'text/plain' },
    body: '401 Unauthorized\n\nThis server could not verify that you are authorized to access the document you requested. Send HTTP basic credentials (username and password).',
  }),
};

const scp: VendorErrorForms = {
  invalidRequest: (violations) => {
    const seen = new Set<string>();
    const items = violations.flatMap((violation) => {
      if (seen.has(violation.message)) return [];
      seen.add(violation.message);
      const property = missingProperty(violation);
      const loc = [...violation.location.slice(1), ...(property ? [property] : [])];
      return [{ ctx: null, loc, msg: violation.message, type_: property ? 'value_error.missing' : 'value_error' }];
    });
    return { status: 400, headers: json, body: JSON.stringify(items) };
  },
  // SCP documents no body for 401.
  missingCredentials: () => ({ status: 401, headers: {}, body: '' }),
};

/**
 * Every vendor of the registry (./generated/vendors.ts, from redocly.yaml) has its forms here: a vendor added there
 * without them does not compile.
 */
export const vendorErrorForms: Record<(typeof vendors)[number], VendorErrorForms> = { katapult, hostway, scp };
