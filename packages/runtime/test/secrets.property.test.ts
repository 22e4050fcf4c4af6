/**
 * Property (issue 12 #16): a random secret (regex characters, one character long, unicode, whitespace), echoed by a
 * server in a random encoding at a random place of its answer, never shows up in anything the client emits: error
 * message, `String(err)`, stack, `toJSON`, `util.inspect`, `ApiError.from(result)`, log entries and `onRetry` events.
 *
 * A second property (issue 24) does the same for the error paths of lists, waits and call headers.
 *
 * A secret of one or two characters may also occur in the client's own text (a stack frame, "katapult"): each case is
 * therefore run twice, the second time with the server echoing a neutral filler instead, and the raw secret is only
 * checked where that second run does not contain it by itself. The encoded echo is always checked.
 */
import fc from 'fast-check';
import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import { ApiError, CloudspecsError, type LogEntry, type RetryEvent } from '../src/index.js';
import { GUESSABLE_LENGTH } from '../src/redaction.js';
import { type Authenticator, createApiClient, markerScheme, poll } from '../src/vendor-kit.js';
import type { paths } from './support/fixture-paths.js';
import { katapultError, katapultLike } from './support/katapult-like.js';

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const jsonEscaped = (s: string) => JSON.stringify(s).slice(1, -1);

/** How a server may write a string it echoes back. */
const ENCODINGS = {
  raw: (s: string) => s,
  percent: (s: string) => encodeURIComponent(s),
  'percent lower-case': (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  form: (s: string) => new URLSearchParams({ x: s }).toString().slice(2),
  // Python's urllib.parse.quote: RFC 3986 unreserved characters and "/" as they are, the rest percent-encoded.
  'percent, / kept (Python quote)': (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%2F/g, '/'),
  'percent, / kept (encodeURI)': (s: string) => encodeURI(s),
  json: jsonEscaped,
  'json \\/': (s: string) => jsonEscaped(s).replace(/\//g, '\\/'),
  'json \\u': (s: string) =>
    jsonEscaped(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  'json twice': (s: string) => jsonEscaped(jsonEscaped(s)),
  'whitespace collapsed': (s: string) => s.replace(/\s+/g, ' '),
  html: (s: string) =>
    s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`),
  base64: (s: string) => base64(s),
  base64url: (s: string) => base64(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
} satisfies Record<string, (s: string) => string>;
type Encoding = keyof typeof ENCODINGS;

/** Where in its answer (or its failure) the server puts the echo. */
const PLACES = [
  'json error description',
  'json error code (retried 503)',
  'text body of a 401',
  'html title of a 502',
  'malformed 200 body',
  'across the 200-character cut',
  'content-type of a malformed 200',
  'status text of a 500',
  'connection error message',
  'connection error property',
] as const;
type Place = (typeof PLACES)[number];
/** Header values and reason phrases carry Latin-1 without CR/LF only. */
const HEADER_PLACES: readonly Place[] = ['content-type of a malformed 200', 'status text of a 500'];

/**
 * `glue` joins the echo to the words around it where a place embeds it in text: nothing for a secret of
 * GUESSABLE_LENGTH or more (redacted inside words too), a space for a shorter one (redacted only where it stands
 * alone, so that "p" does not wreck "computeFault").
 */
function answer(place: Place, echo: string, glue: string): Response | Error {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  switch (place) {
    case 'json error description':
      return json(404, katapultError('not_found', `nothing for ${echo} here`));
    case 'json error code (retried 503)':
      return json(503, katapultError(`unavailable:${echo}`));
    case 'text body of a 401':
      return new Response(`Invalid credentials: ${echo}`, { status: 401, headers: { 'content-type': 'text/plain' } });
    case 'html title of a 502':
      return new Response(`<html><title>Bad gateway ${echo}</title></html>`, {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    case 'malformed 200 body':
      return new Response(`{"id": "it_1", "echo": "${echo}`, {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'across the 200-character cut':
      return new Response(`{"x": "${'a'.repeat(190)}${glue}${echo}${glue}${'b'.repeat(300)}`, {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'content-type of a malformed 200':
      return new Response('{"id": ', { status: 200, headers: { 'content-type': `application/json; x=${echo}` } });
    case 'status text of a 500':
      return new Response('', { status: 500, statusText: `Broken ${echo}` });
    case 'connection error message':
      return new TypeError('fetch failed', { cause: new Error(`socket closed while sending ${echo}`) });
    case 'connection error property':
      return Object.assign(new TypeError('fetch failed'), { sent: { authorization: echo } });
  }
}

/** Everything a call makes visible: its error in every form, its log entries and its retry events. */
async function emitted(secret: string, place: Place, echo: string, throwOnError: boolean): Promise<string[]> {
  const logs: LogEntry[] = [];
  const events: RetryEvent[] = [];
  const auth: Authenticator = {
    apply: (request) => request.headers.set('Authorization', 'Signed x'),
    secrets: () => [secret],
  };
  const client = createApiClient<paths>({
    vendor: katapultLike,
    defaultBaseUrl: 'https://api.example.test',
    auth,
    options: {
      throwOnError,
      maxRetries: 1,
      logger: { level: 'debug', sink: (entry) => logs.push(entry) },
      onRetry: (event) => events.push(event),
      fetch: async () => {
        const result = answer(place, echo, [...secret].length < GUESSABLE_LENGTH ? ' ' : '');
        if (result instanceof Error) throw result;
        return result;
      },
    },
    retryPolicy: { sleep: async () => {} },
  });
  let error: unknown;
  try {
    const result = await client.GET('/ping');
    error = result.response.ok ? undefined : ApiError.from(result);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CloudspecsError);
  return [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
    JSON.stringify(logs),
    JSON.stringify(events),
  ];
}

const char = (chars: string) => fc.constantFrom(...chars);
/** Characters with a meaning in regular expressions, URLs or JSON. */
const REGEX_CHARACTERS = [
  '.',
  '*',
  '+',
  '?',
  '^',
  '$',
  '{',
  '}',
  '(',
  ')',
  '|',
  '[',
  ']',
  '\\',
  '/',
  '-',
  '=',
  '&',
  '%',
  '#',
  '"',
  "'",
].join('');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Secrets of the kinds that broke redaction: regex syntax, a single character, unicode, whitespace. */
const secretArb = fc
  .oneof(
    fc.string({ unit: char(REGEX_CHARACTERS), minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'binary', minLength: 2, maxLength: 10 }),
    fc.string({ unit: char('ab1 \t\u00a0\n\u3000é'), minLength: 2, maxLength: 12 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 6, maxLength: 30 }),
  )
  // A blank credential is refused at creation; lone surrogates are not text a server sends back.
  .filter((s) => s.trim() !== '' && !LONE_SURROGATE.test(s));

test('random secrets echoed in random encodings and places never appear in anything the client emits', async () => {
  let checkedRaw = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(
      secretArb,
      fc.constantFrom(...(Object.keys(ENCODINGS) as Encoding[])),
      fc.constantFrom(...PLACES),
      fc.boolean(),
      async (secret, encoding, place, throwOnError) => {
        const echo = ENCODINGS[encoding](secret);
        if (HEADER_PLACES.includes(place) && !/^[\x21-\x7e]+$/.test(echo)) return; // not sendable there
        runs++;
        const texts = await emitted(secret, place, echo, throwOnError);
        // The same call with a filler in the echo's place, to tell the client's own text from the echo. In a header
        // the filler must be sendable too, or the baseline would be another failure with another message.
        const filler =
          (HEADER_PLACES.includes(place) ? ['~', '`', 'Z', 'Q'] : ['\u2042']).find((c) => !secret.includes(c)) ??
          '\u2042';
        const baseline = (await emitted(secret, place, filler.repeat(echo.length), throwOnError)).join('\n');
        for (const text of texts) {
          // The echo itself, however it was written, is gone (unless the client's own text has it anyway).
          if (!baseline.includes(echo)) expect(text, `${encoding} in ${place}`).not.toContain(echo);
          if (!baseline.includes(secret)) expect(text, `raw secret, ${encoding} in ${place}`).not.toContain(secret);
        }
        if (!baseline.includes(secret)) checkedRaw++;
      },
    ),
    { numRuns: 300 },
  );
  // Most cases are meaningful: the secret does not occur in the client's own text.
  expect(checkedRaw).toBeGreaterThan(runs / 2);
  // 300 runs are bounded work; the default 5 s is too short only on a loaded two-core machine.
}, 60_000);

/** The error paths added with lists and waits (issue 24), and a call header the runtime cannot send. */
const HELPER_PLACES = [
  'list cursor the server repeats',
  'wait for a resource the server named',
  'wait aborted with a reason',
  'call header value with a line break',
] as const;
type HelperPlace = (typeof HELPER_PLACES)[number];

/** Everything the helper's failure makes visible: its error in every form. */
async function helperEmitted(secret: string, place: HelperPlace, echo: string): Promise<string[]> {
  const userHeader = place === 'call header value with a line break';
  // A call header is the user's own (a Proxy-Authorization the runtime does not know): no secret lists it.
  const auth: Authenticator = { apply: () => {}, secrets: () => (userHeader ? [] : [secret]) };
  const client = createApiClient<paths>({
    vendor: katapultLike,
    defaultBaseUrl: 'https://api.example.test',
    auth,
    options: {
      maxRetries: 0,
      // A server that ignores the marker: the same page, whose last id is the echo, every time.
      fetch: async () =>
        new Response(JSON.stringify({ items: [{ id: 'a' }, { id: echo }] }), {
          headers: { 'content-type': 'application/json' },
        }),
    },
  });
  let error: unknown;
  try {
    switch (place) {
      case 'list cursor the server repeats':
        for await (const _ of markerScheme.walk({ client, vendor: 'scp', path: '/items', itemsKey: 'items' }, 2));
        break;
      case 'wait for a resource the server named':
        await poll({
          client,
          description: `server ${echo} to be ready`,
          timeoutMs: 5,
          check: async () => ({ done: false }),
        });
        break;
      case 'wait aborted with a reason': {
        const controller = new AbortController();
        const waiting = poll({
          client,
          description: 'a task',
          signal: controller.signal,
          check: async () => ({ done: false }),
        });
        controller.abort(new Error(`stopped: ${echo}`));
        await waiting;
        break;
      }
      case 'call header value with a line break':
        await client.GET('/ping', { headers: { 'Proxy-Authorization': `Basic ${echo}\r\nX-Injected: 1` } });
        break;
    }
  } catch (e) {
    error = e;
  }
  expect(error, place).toBeInstanceOf(CloudspecsError);
  return [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
  ];
}

test('random secrets in list cursors, waits and call headers never appear in their errors', async () => {
  let checkedRaw = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(
      secretArb,
      fc.constantFrom(...(Object.keys(ENCODINGS) as Encoding[])),
      fc.constantFrom(...HELPER_PLACES),
      async (secret, encoding, place) => {
        const echo = ENCODINGS[encoding](secret);
        runs++;
        const texts = await helperEmitted(secret, place, echo);
        // A filler of the same kind: Latin-1 where a header carries it, so that the message is the same one.
        const filler = ['\u00a4', '\u00a7', '\u00b6'].find((c) => !secret.includes(c)) ?? '\u2042';
        const baseline = (await helperEmitted(secret, place, filler.repeat(echo.length))).join('\n');
        for (const text of texts) {
          if (!baseline.includes(echo)) expect(text, `${encoding} in ${place}`).not.toContain(echo);
          if (!baseline.includes(secret)) expect(text, `raw secret, ${encoding} in ${place}`).not.toContain(secret);
        }
        if (!baseline.includes(secret)) checkedRaw++;
      },
    ),
    { numRuns: 200 },
  );
  expect(checkedRaw).toBeGreaterThan(runs / 2);
}, 60_000);
