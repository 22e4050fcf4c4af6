/**
 * The clients a user would pick instead of a cloudspecs client (issue 22 §1), each set up for the call the client makes:
 * the same URL, body and headers, the clients' default 60 s timeout, and their default 2 retries where it has retries.
 * Each section measures every peer beside the client in the same rounds; main.ts puts their rows in one table whose
 * columns are these peers and the client.
 *
 * What each peer was found to offer (read in its source, the versions in package.json):
 * - `ky`: timeout, retries (POST only when told: here on 429, as the client), one `HTTPError` for every status.
 * - `axios`: timeout, one `AxiosError` for every status; no retries of its own, so `axios-retry` (POST on 429 only, as
 *   the client). In Node it sends with its http adapter; on a fake `fetch` (client-only) with its fetch adapter.
 * - `@octokit/request`: a `signal`, no timeout option and no retries (`@octokit/plugin-retry` hooks into
 *   `@octokit/core`, not into `request`), one `RequestError`; it redacts the authorization header in errors.
 * - `openai` (a Stainless core): timeout, retries (429, 408, 409, 5xx, connection errors, any method), an error class
 *   per status; called through its generic `client.post(path, { body })`.
 */
import axios from 'axios';
import axiosRetry from 'axios-retry';
import ky from 'ky';
import { request as octokitRequest } from '@octokit/request';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';

/** The clients' default per-attempt timeout and retry count, given to every peer that takes them. */
export const TIMEOUT_MS = 60_000;
export const MAX_RETRIES = 2;

/** The floor the request budgets are set on: the cheapest call that cannot hang. */
export const FLOOR = 'fetch + timeout (floor)';
/** The column of the client under test: each vendor's, with its default options. */
export const CLIENT = 'cloudspecs client';
export const CLIENT_FEATURES =
  'timeout, retries (`Retry-After`), an error class per status, credentials redacted in errors and logs, a ' +
  'response-size cap, a redirect rule';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type Call = () => Promise<unknown>;

/** One call as every column makes it. */
export interface SeedCall {
  origin: string;
  /** The path template, as openapi-fetch and the client take it, and its parameters. */
  path: string;
  params: Record<string, string>;
  /** The path with its parameters filled in. */
  url: string;
  body: unknown;
  /** The headers the cloudspecs client sent (auth, SCP's signature): every peer sends them as they are. */
  headers: Record<string, string>;
}

export interface Peer {
  /** The column heading. */
  name: string;
  /** `fetch` by hand: a floor to measure against, not a peer to beat. */
  byHand?: true;
  /** Has a timeout and retries, both on: the peers the client-only budget compares with. */
  timeoutAndRetries: boolean;
  /** Makes the call; `fetch` is the client-only section's fake, else the global one is used. */
  make(seed: SeedCall, fetch?: FetchLike): Call;
  /** What an app ships to make the call (the bundle row), when there is anything to ship. */
  bundle?: { contents: string; external?: string[]; label: string };
  /** What is imported to make the call (the cold-import row). */
  imports?: string[];
  /** Against the client's default features: what it has and what it leaves out. */
  features: string;
}

const json = (response: Promise<Response>) => response.then((answer) => answer.json());

export const PEERS: Peer[] = [
  {
    name: 'fetch',
    byHand: true,
    timeoutAndRetries: false,
    // The body is serialised on every call, as every client does: a caller sends a new object each time.
    make: (seed, fetch = globalThis.fetch) => {
      const url = `${seed.origin}${seed.url}`;
      return () => json(fetch(url, { method: 'POST', headers: seed.headers, body: JSON.stringify(seed.body) }));
    },
    features: 'none: no timeout (it can hang), no retries, no error on a 4xx/5xx',
  },
  {
    name: FLOOR,
    byHand: true,
    timeoutAndRetries: false,
    make: (seed, fetch = globalThis.fetch) => {
      const url = `${seed.origin}${seed.url}`;
      return () => {
        const body = JSON.stringify(seed.body);
        return json(
          fetch(url, { method: 'POST', headers: seed.headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) }),
        );
      };
    },
    features: 'a timeout (`AbortSignal.timeout`); no retries, no error on a 4xx/5xx',
  },
  {
    name: 'openapi-fetch',
    timeoutAndRetries: false,
    make: (seed, fetch) => {
      const client = createClient({ baseUrl: seed.origin, headers: seed.headers, ...(fetch && { fetch }) });
      const post = client.POST as unknown as (
        path: string,
        init: object,
      ) => Promise<{ data?: unknown; error?: unknown }>;
      const init = { params: { path: seed.params }, body: seed.body };
      return async () => {
        const { data, error } = await post(seed.path, init);
        if (error !== undefined) throw new Error('bench: openapi-fetch got an error answer');
        return data;
      };
    },
    bundle: { contents: `export { default } from 'openapi-fetch';`, label: 'default export' },
    imports: ['openapi-fetch'],
    features: 'typed paths; no timeout, no retries, errors returned as `{ error }`',
  },
  {
    name: 'ky',
    timeoutAndRetries: true,
    make: (seed, fetch) => {
      const api = ky.create({
        headers: seed.headers,
        timeout: TIMEOUT_MS,
        retry: { limit: MAX_RETRIES, methods: ['post'], statusCodes: [429] },
        ...(fetch && { fetch }),
      });
      const url = `${seed.origin}${seed.url}`;
      return () => api.post(url, { json: seed.body }).json();
    },
    bundle: { contents: `export { default } from 'ky';`, label: 'default export' },
    imports: ['ky'],
    features: 'timeout, retries (`Retry-After`); one `HTTPError` for every status, no response-size cap',
  },
  {
    name: 'axios',
    timeoutAndRetries: true,
    make: (seed, fetch) => {
      const api = axios.create({
        baseURL: seed.origin,
        headers: seed.headers,
        timeout: TIMEOUT_MS,
        ...(fetch && { adapter: 'fetch' as const, env: { fetch } }),
      });
      axiosRetry(api, { retries: MAX_RETRIES, retryCondition: (error) => error.response?.status === 429 });
      return async () => (await api.post(seed.url, seed.body)).data;
    },
    bundle: {
      contents: `export { default } from 'axios';\nexport { default as axiosRetry } from 'axios-retry';`,
      label: 'axios + axios-retry',
    },
    imports: ['axios', 'axios-retry'],
    features:
      'timeout, retries (axios-retry), a response-size cap (`maxContentLength`, off by default); one `AxiosError` ' +
      'for every status',
  },
  {
    name: '@octokit/request',
    timeoutAndRetries: false,
    make: (seed, fetch) => {
      const post = octokitRequest.defaults({
        baseUrl: seed.origin,
        headers: seed.headers,
        ...(fetch && { request: { fetch } }),
      });
      const route = `POST ${seed.url}`;
      return async () =>
        (await post(route, { data: seed.body, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } })).data;
    },
    bundle: { contents: `export { request } from '@octokit/request';`, label: '{ request }' },
    imports: ['@octokit/request'],
    features:
      'a timeout only as a `signal` (given here), no retries (plugin-retry needs @octokit/core), one ' +
      '`RequestError` for every status, no response-size cap',
  },
  {
    name: 'openai (Stainless core)',
    timeoutAndRetries: true,
    make: (seed, fetch) => {
      const client = new OpenAI({
        apiKey: 'bench-unused',
        baseURL: seed.origin,
        timeout: TIMEOUT_MS,
        maxRetries: MAX_RETRIES,
        defaultHeaders: seed.headers,
        ...(fetch && { fetch }),
      });
      return () => client.post(seed.url, { body: seed.body });
    },
    // The OpenAI class holds its API's resource classes; left out, what remains is the core every Stainless SDK has.
    bundle: {
      contents: `export { OpenAI } from 'openai';`,
      external: ['./resources/*'],
      label: '{ OpenAI } without its resources',
    },
    imports: ['openai'],
    features: 'timeout, retries (`Retry-After`), an error class per status; no response-size cap',
  },
];

/** The columns of the one table: the peers in order, then the client. */
export const COLUMNS = [...PEERS.map((peer) => peer.name), CLIENT];
