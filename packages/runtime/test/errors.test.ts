import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  CloudspecsError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseParseError,
  ServerError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
  WaitFailedError,
} from '../src/index.js';
import { apiErrorFromResponse } from '../src/errors.js';
import { safeCause } from '../src/safe-cause.js';
import { createRedactor } from '../src/redaction.js';
import { TOKEN, katapultError, katapultLike } from './support/katapult-like.js';

const exchange = {
  vendor: katapultLike,
  method: 'POST',
  url: 'https://api.example.test/core/v1/items',
  attempts: 1,
  secrets: () => [TOKEN],
};

function errorFor(status: number, body: unknown, headers: Record<string, string> = {}) {
  return apiErrorFromResponse(new Response(null, { status, headers }), body, exchange);
}

describe('status to error class', () => {
  test.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [403, PermissionError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, ValidationError],
    [429, RateLimitError],
    [503, ServiceUnavailableError],
    [500, ServerError],
    [502, ServerError],
    [504, ServerError],
  ] as const)('%i is a %o', (status, errorClass) => {
    const error = errorFor(status, katapultError('some_code'));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(CloudspecsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(errorClass.name);
  });

  test('other statuses (406, 410, 418) are a plain ApiError', () => {
    for (const status of [406, 410, 418]) expect(errorFor(status, 'x').constructor).toBe(ApiError);
  });

  test("the vendor's errorKind wins: Katapult 400 missing_api_token is an AuthenticationError", () => {
    const error = errorFor(400, katapultError('missing_api_token'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(400);
  });
});

describe('what an ApiError carries', () => {
  test('status, vendor code, readable message, parsed body, method and URL', () => {
    const error = errorFor(422, katapultError('validation_error', 'Name is missing'));
    expect(error).toMatchObject({
      vendor: 'katapult',
      status: 422,
      code: 'validation_error',
      method: 'POST',
      url: 'https://api.example.test/core/v1/items',
      body: katapultError('validation_error', 'Name is missing'),
      attempts: 1,
    });
    expect(error.message).toBe(
      'katapult: POST https://api.example.test/core/v1/items failed with 422 (validation_error): Name is missing',
    );
  });

  test('RateLimitError has retryAfterMs and says how long to wait', () => {
    const error = errorFor(429, katapultError('rate_limit_reached'), { 'retry-after': '30' });
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.message).toContain('the server asks to wait 30 s before retrying');
  });

  test('toJSON is a plain object with no headers; name and message included', () => {
    const json = errorFor(404, katapultError('item_not_found')).toJSON();
    expect(Object.keys(json).sort()).toEqual(
      ['attempts', 'body', 'code', 'message', 'method', 'name', 'retryAfterMs', 'status', 'url', 'vendor'].sort(),
    );
    expect(JSON.parse(JSON.stringify(json))).toMatchObject({ name: 'NotFoundError', status: 404 });
  });

  test('name is not an own enumerable property (it would clutter util.inspect)', () => {
    const error = errorFor(404, 'x');
    expect(Object.keys(error)).not.toContain('name');
    expect(String(error)).toMatch(/^NotFoundError: katapult: POST/);
  });

  test('every class has its name and toJSON', () => {
    const errors = [
      new ConnectionError('c', {}),
      new TimeoutError('t', { timeoutMs: 1, waitedMs: 1 }),
      new AbortError('a', {}),
      new ResponseParseError('r', {
        vendor: 'v',
        method: 'GET',
        url: 'u',
        status: 200,
        contentType: undefined,
        snippet: '',
      }),
      new ConfigurationError('x', { option: 'timeout' }),
    ];
    expect(errors.map((error) => [error.name, error.toJSON().name])).toEqual([
      ['ConnectionError', 'ConnectionError'],
      ['TimeoutError', 'TimeoutError'],
      ['AbortError', 'AbortError'],
      ['ResponseParseError', 'ResponseParseError'],
      ['ConfigurationError', 'ConfigurationError'],
    ]);
  });

  test("toJSON: each class's own fields; a WaitFailedError leaves out the resource (the last body seen)", () => {
    expect(new TimeoutError('t', { vendor: 'v', timeoutMs: 5, waitedMs: 6, description: 'd' }).toJSON()).toEqual({
      name: 'TimeoutError',
      message: 't',
      vendor: 'v',
      method: undefined,
      url: undefined,
      description: 'd',
      timeoutMs: 5,
      waitedMs: 6,
      attempts: 1,
    });
    expect(new AbortError('a', {}, { cause: new Error('secret reason') }).toJSON()).toMatchObject({
      cancelledByCaller: true,
    });
    expect(new AbortError('a', {}, { cause: new Error('secret reason') }).toJSON()).not.toHaveProperty('cause');
    const wait = new WaitFailedError('w', { vendor: 'v', description: 'd', state: 'DELETED', resource: { big: 1 } });
    expect(wait.toJSON()).toEqual({
      name: 'WaitFailedError',
      message: 'w',
      vendor: 'v',
      description: 'd',
      state: 'DELETED',
    });
  });
});

describe('ApiError.from', () => {
  test('a success result gives undefined', () => {
    expect(ApiError.from({ response: new Response('{}', { status: 200 }) })).toBeUndefined();
  });

  test('a result of another openapi-fetch client still gives the class for its status', () => {
    const error = ApiError.from({ response: new Response('', { status: 409 }), error: { message: 'taken' } });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.body).toEqual({ message: 'taken' });
  });
});

describe('violations reported by a mock (sl-violations)', () => {
  const violations = JSON.stringify([
    {
      location: ['request', 'body'],
      severity: 'Error',
      code: 'required',
      message: "Request body must have required property 'network'",
    },
    {
      location: ['request', 'body'],
      severity: 'Error',
      code: 'required',
      message: "Request body must have required property 'network'",
    },
    { location: ['request', 'header'], severity: 'Error', message: `token ${TOKEN} is not accepted` },
  ]);

  test('a 422 from a mock carries the violations, once each, and names them in the message', () => {
    const error = errorFor(422, katapultError('validation_error', 'A validation error occurred'), {
      'sl-violations': violations,
    });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.violations).toEqual([
      "Request body must have required property 'network'",
      'token [REDACTED] is not accepted',
    ]);
    expect(error.message).toContain("the mock reports: Request body must have required property 'network'");
    expect(error.message).not.toContain(TOKEN);
    expect(error.toJSON().violations).toEqual(error.violations);
  });

  test('without the header, or with one that is not JSON, violations is undefined', () => {
    expect(errorFor(422, katapultError('validation_error', 'x')).violations).toBeUndefined();
    expect(
      errorFor(422, katapultError('validation_error', 'x'), { 'sl-violations': 'Too many violations! [{' }).violations,
    ).toBeUndefined();
    expect(errorFor(422, katapultError('validation_error', 'x')).toJSON()).not.toHaveProperty('violations');
  });

  test("ApiError.from(result) reads them from the result's response", () => {
    const response = new Response('{}', { status: 400, headers: { 'sl-violations': violations } });
    expect(ApiError.from({ response, error: {} }).violations?.[0]).toBe(
      "Request body must have required property 'network'",
    );
  });
});

describe('credentials in errors', () => {
  test('a body echoing the token is redacted in message, body, toJSON and inspect', () => {
    const error = errorFor(401, katapultError('invalid_api_token', `token ${TOKEN} is wrong`));
    for (const text of [
      error.message,
      String(error),
      error.stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(error.body).toEqual(katapultError('invalid_api_token', 'token [REDACTED] is wrong'));
  });

  test('safeCause keeps a harmless cause as is and replaces one that holds a secret', () => {
    const redactor = createRedactor([TOKEN]);
    const harmless = new Error('socket hang up');
    expect(safeCause(harmless, redactor)).toBe(harmless);
    const leaky = new TypeError('fetch failed', {
      cause: Object.assign(new Error(`header Bearer ${TOKEN}`), { code: 'E_X' }),
    });
    const safe = safeCause(leaky, redactor) as Error;
    expect(inspect(safe, { depth: 10 })).not.toContain(TOKEN);
    expect(safe.message).toBe('fetch failed');
    expect((safe.cause as Error & { code: string }).code).toBe('E_X');
  });
});
