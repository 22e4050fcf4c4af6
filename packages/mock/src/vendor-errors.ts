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

// ---- Answers to requests no operation of the spec can take: each form a pure function of what was asked, so the
// front server and anything else that answers for a vendor (a twin) give the same answer. `errorId` is Hostway's
// correlation id (a random UUID when left out). `vendor` undefined is a mock of another spec: an RFC 9457 problem.

type Vendor = (typeof vendors)[number];

/** What the mock names its own refusals by in a problem+json `type`. */
const problemType = (name: string) => `urn:cloudspecs-mock:${name}`;

function problem(status: number, name: string, title: string, headers: Record<string, string> = {}): MockAnswer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify({ type: problemType(name), title, status }),
  };
}

/** Katapult's error envelope (`x-api-schema: json-error`). */
function katapultError(status: number, code: string, description: string, detail: object = {}): MockAnswer {
  return {
    status,
    headers: { ...json, 'x-api-schema': 'json-error' },
    body: JSON.stringify({ error: { code, description, detail } }),
  };
}

/** Hostway's JSON fault: one key, the fault's name, holding its message and status. */
function hostwayFault(status: number, name: string, message: string, errorId: string | undefined): MockAnswer {
  return {
    status,
    headers: json,
    body: JSON.stringify({ [name]: { message, code: status, details: '', errorid: errorId ?? randomUUID() } }),
  };
}

/** SCP's 400: the list of validation failures, one for `loc`. */
function scpValidation(loc: readonly (string | number)[], msg: string, type: string): MockAnswer {
  return { status: 400, headers: json, body: JSON.stringify([{ ctx: null, loc, msg, type_: type }]) };
}

/**
 * No operation of the spec has this path. Katapult answers 404 `route_not_found` in its envelope; Hostway its
 * `itemNotFound` fault; SCP a 404 without a body (its documents give none).
 */
export function notFound(
  vendor: Vendor | undefined,
  request: { method: string; path: string },
  errorId?: string,
): MockAnswer {
  const what = `${request.method} ${request.path}`;
  switch (vendor) {
    case 'katapult':
      return katapultError(404, 'route_not_found', `There is no route for ${what} in this API.`);
    case 'hostway':
      return hostwayFault(404, 'itemNotFound', `No resource answers ${what}.`, errorId);
    case 'scp':
      return { status: 404, headers: {}, body: '' };
    case undefined:
      return problem(404, 'route-not-found', `No operation of the spec answers ${what}.`);
  }
}

/**
 * The path exists, but not with this method (or the method is one no mock takes: TRACE). `allow` lists the methods the
 * spec documents for the path. Katapult routes by method and path together, so it answers as for an unknown route
 * (404 `route_not_found`); Hostway a 405 `computeFault` (its fault for 405); SCP a 405 without a body. 405s carry
 * `Allow`.
 */
export function methodNotAllowed(
  vendor: Vendor | undefined,
  request: { method: string; path: string; allow: readonly string[] },
  errorId?: string,
): MockAnswer {
  const allow = { allow: request.allow.join(', ') };
  const message = `${request.method} is not allowed on ${request.path}; allowed: ${request.allow.join(', ') || 'none'}.`;
  switch (vendor) {
    case 'katapult':
      return notFound(vendor, request);
    case 'hostway':
      return { ...hostwayFault(405, 'computeFault', message, errorId), headers: { ...json, ...allow } };
    case 'scp':
      return { status: 405, headers: allow, body: '' };
    case undefined:
      return problem(405, 'method-not-allowed', message, allow);
  }
}

/**
 * A request target that names no path of this server: `*` (`OPTIONS *`) or an absolute URL of another host (the mock
 * is not a proxy). 400 in the vendor's form for a request it refuses.
 */
export function badRequestTarget(
  vendor: Vendor | undefined,
  request: { method: string; target: string },
  errorId?: string,
): MockAnswer {
  const message = `The request target of ${request.method} must be a path of this server (/...); the mock is not a proxy and serves no "*".`;
  switch (vendor) {
    case 'katapult':
      return katapultError(400, 'invalid_request_target', message);
    case 'hostway':
      return hostwayFault(400, 'computeFault', message, errorId);
    case 'scp':
      return scpValidation(['path'], message, 'value_error');
    case undefined:
      return problem(400, 'bad-request-target', message);
  }
}

/**
 * A request body over `limitBytes` (Prism's own limit). Katapult: 413 in its envelope; Hostway: a 413 `computeFault`;
 * SCP: 413 without a body (none documented).
 */
export function payloadTooLarge(vendor: Vendor | undefined, limitBytes: number, errorId?: string): MockAnswer {
  const message = `The request body is larger than the ${limitBytes} bytes this API accepts.`;
  switch (vendor) {
    case 'katapult':
      return katapultError(413, 'payload_too_large', message, { limit_bytes: limitBytes });
    case 'hostway':
      return hostwayFault(413, 'computeFault', message, errorId);
    case 'scp':
      return { status: 413, headers: {}, body: '' };
    case undefined:
      return problem(413, 'payload-too-large', message);
  }
}

/**
 * A body labelled JSON that does not parse; `parserMessage` says where. Katapult: 400 `invalid_json_body` with the
 * parser's words in `detail.details`, as its framework answers; Hostway: a 400 `computeFault`; SCP: its 400 list with
 * one `value_error.jsondecode` at `["body"]`.
 */
export function malformedJson(vendor: Vendor | undefined, parserMessage: string, errorId?: string): MockAnswer {
  const message = `The request body is not valid JSON: ${parserMessage}`;
  switch (vendor) {
    case 'katapult':
      return katapultError(400, 'invalid_json_body', 'The request body is not valid JSON.', {
        details: parserMessage,
      });
    case 'hostway':
      return hostwayFault(400, 'computeFault', message, errorId);
    case 'scp':
      return scpValidation(['body'], message, 'value_error.jsondecode');
    case undefined:
      return problem(400, 'malformed-json', message);
  }
}
