import { describe, expect, test } from 'vitest';
import { type AttemptOutcome, backoffDelay, describeConnectionFailure, retryReason } from '../src/retry-policy.js';
import { parseRetryAfter } from '../src/retry-after.js';
import { katapultLike } from './support/katapult-like.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');

  test('delay-seconds: "2" is 2 000 ms', () => expect(parseRetryAfter('2', now)).toBe(2_000));
  test('delay-seconds with decimals is tolerated: "1.5" is 1 500 ms', () =>
    expect(parseRetryAfter('1.5', now)).toBe(1_500));
  test('"0" is no wait', () => expect(parseRetryAfter('0', now)).toBe(0));
  test('an HTTP-date 30 s ahead is 30 000 ms', () =>
    expect(parseRetryAfter('Wed, 01 Jan 2025 12:00:30 GMT', now)).toBe(30_000));
  test('an HTTP-date in the past is no wait', () =>
    expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0));
  test('the obsolete RFC 850 date form is read too', () =>
    expect(parseRetryAfter('Wednesday, 01-Jan-25 12:01:00 GMT', now)).toBe(60_000));
  test('absent, negative or unreadable values are undefined', () => {
    for (const value of [null, undefined, '', '-1', 'soon', '12abc', '1e3']) {
      expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
    }
  });
});

describe('backoffDelay', () => {
  const policy = { initialDelayMs: 500, maxDelayMs: 8_000 };

  test('full jitter: random 0 waits nothing', () => expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(0));
  test('the ceiling doubles per retry: 500, 1 000, 2 000, 4 000 ms', () => {
    const almostOne = { ...policy, random: () => 0.999_999 };
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, almostOne))).toEqual([499, 999, 1_999, 3_999]);
  });
  test('the ceiling is capped at maxDelayMs (8 s) however many retries', () => {
    const almostOne = { ...policy, random: () => 0.999_999 };
    expect(backoffDelay(5, almostOne)).toBe(7_999);
    expect(backoffDelay(40, almostOne)).toBe(7_999);
  });
});

describe('retryReason', () => {
  const response = (status: number, code?: string): AttemptOutcome => ({ kind: 'response', status, code });
  const cases: [string, string, AttemptOutcome, boolean][] = [
    ['GET', '500', response(500), true],
    ['GET', '502', response(502), true],
    ['GET', '503 no_available_addresses', response(503, 'no_available_addresses'), true],
    ['GET', '408', response(408), true],
    ['GET', '501 (no retry can fix it)', response(501), false],
    ['GET', '404', response(404), false],
    ['DELETE', '500', response(500), true],
    ['PUT', 'connection reset', { kind: 'connection-error', nothingSent: false, errorCode: 'ECONNRESET' }, true],
    ['GET', 'timeout', { kind: 'timeout', timeoutMs: 10 }, true],
    ['POST', '429', response(429), true],
    ['PATCH', '429', response(429), true],
    ['POST', '503 service_unavailable (vendor: not executed)', response(503, 'service_unavailable'), true],
    ['POST', '503 no_available_addresses', response(503, 'no_available_addresses'), false],
    ['POST', '500', response(500), false],
    ['PATCH', '502', response(502), false],
    ['PATCH', '408', response(408), false],
    ['POST', 'connection refused', { kind: 'connection-error', nothingSent: true, errorCode: 'ECONNREFUSED' }, true],
    ['POST', 'connection reset', { kind: 'connection-error', nothingSent: false, errorCode: 'ECONNRESET' }, false],
    ['POST', 'timeout', { kind: 'timeout', timeoutMs: 10 }, false],
  ];
  test.each(cases)('%s: %s is retried: %s', (method, _label, outcome, retried) => {
    expect(retryReason(method, outcome, katapultLike) !== undefined).toBe(retried);
  });

  test('a vendor notExecuted hook that throws counts as "executed"', () => {
    const vendor = {
      notExecuted: () => {
        throw new Error('boom');
      },
    };
    expect(retryReason('POST', response(503), vendor)).toBeUndefined();
  });
});

describe('describeConnectionFailure (undici cause codes)', () => {
  const withCode = (message: string, code: string, syscall?: string) =>
    Object.assign(new Error(message), { code, syscall });

  test('ECONNREFUSED on connect: nothing was sent', () => {
    const error = new TypeError('fetch failed', {
      cause: withCode('connect ECONNREFUSED 10.0.0.1:443', 'ECONNREFUSED', 'connect'),
    });
    expect(describeConnectionFailure(error)).toEqual({
      errorCode: 'ECONNREFUSED',
      nothingSent: true,
      detail: 'connect ECONNREFUSED 10.0.0.1:443',
    });
  });

  test('happy-eyeballs AggregateError of refused addresses: nothing was sent', () => {
    const aggregate = Object.assign(
      new AggregateError([withCode('connect ECONNREFUSED ::1:443', 'ECONNREFUSED', 'connect')], ''),
      { code: 'ECONNREFUSED' },
    );
    expect(describeConnectionFailure(new TypeError('fetch failed', { cause: aggregate })).nothingSent).toBe(true);
  });

  test('ENOTFOUND from getaddrinfo and undici connect timeout: nothing was sent', () => {
    for (const cause of [
      withCode('getaddrinfo ENOTFOUND api.example', 'ENOTFOUND', 'getaddrinfo'),
      withCode('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT'),
    ]) {
      expect(describeConnectionFailure(new TypeError('fetch failed', { cause })).nothingSent).toBe(true);
    }
  });

  test('ECONNRESET on read and "other side closed": the request may have been sent', () => {
    for (const cause of [
      withCode('read ECONNRESET', 'ECONNRESET', 'read'),
      withCode('other side closed', 'UND_ERR_SOCKET'),
    ]) {
      const failure = describeConnectionFailure(new TypeError('fetch failed', { cause }));
      expect(failure.nothingSent).toBe(false);
      expect(failure.errorCode).toBe(cause.code);
    }
  });

  test("a browser's bare TypeError never counts as nothing sent", () => {
    expect(describeConnectionFailure(new TypeError('Failed to fetch'))).toEqual({
      errorCode: undefined,
      nothingSent: false,
      detail: 'Failed to fetch',
    });
  });

  test("Deno's 'Connection refused' message counts as nothing sent", () => {
    const error = new TypeError('error sending request: tcp connect error: Connection refused (os error 111)');
    expect(describeConnectionFailure(error).nothingSent).toBe(true);
  });
});
