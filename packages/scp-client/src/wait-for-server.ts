/**
 * Following SCP's asynchronous server creation: `POST /v1/servers` answers 202 with the ids of the servers being built
 * (`{ servers: [{ id }] }`), and `GET /v1/servers/{server_id}` shows each one's `state`: BUILD while it is built,
 * ACTIVE once it runs, ERROR when the build failed.
 */
import { ConfigurationError, ResponseParseError } from '@cloudspecs/runtime';
import {
  type GetOperation,
  machinePace,
  type OkJson,
  poll,
  waitFailedError,
  type WaitOptions,
} from '@cloudspecs/runtime/vendor-kit';
import type { ScpClient } from './generated/client-types.js';
import type { paths } from './generated/schema.js';

/** A server as `GET /v1/servers/{server_id}` shows it. */
export type Server = OkJson<GetOperation<paths, '/v1/servers/{server_id}'>>;

/** The state waited for: the server runs. */
const RUNNING = 'ACTIVE';
/**
 * States a server does not leave for ACTIVE by itself: the build failed, or the server is gone. Every other state
 * (BUILD, and whatever else the vendor reports while it works: it publishes no closed list of states) is waited out.
 */
const FAILED: readonly string[] = ['ERROR', 'DELETED'];

export interface ServerProgress {
  /** The server's state at this poll, e.g. BUILD. */
  state: string;
}

/** Defaults: first 5 s between polls, at most 30 s, 30 minutes in all. */
export interface WaitForServerOptions extends WaitOptions<ServerProgress> {}

/** The create call's result or data (exactly one server), a server id, or `{ serverId }`. */
export type ServerTarget =
  | { data?: { servers: readonly { id: string }[] } | undefined }
  | { servers: readonly { id: string }[] }
  | { serverId: string }
  | string;

/**
 * Polls `GET /v1/servers/{server_id}` until the server is ACTIVE and resolves with it. Throws WaitFailedError when it
 * is ERROR or DELETED, TimeoutError after `timeoutMs`, AbortError when `signal` aborts, ResponseParseError for an
 * answer that is not a server (no string `state`). HTTP failures of a poll throw the runtime's error classes (GETs are
 * already retried). Every poll goes through the client: its base URL, its credentials, its version choice.
 */
export async function waitForServer(
  client: ScpClient<boolean>,
  target: ServerTarget,
  options: WaitForServerOptions = {},
): Promise<Server> {
  const serverId = resolveTarget(target);
  const description = `scp server ${serverId} to become ${RUNNING}`;
  return poll<Server, ServerProgress>({
    description,
    ...machinePace(options),
    check: async ({ signal }) => {
      const { data, response } = await client.GET('/v1/servers/{server_id}', {
        params: { path: { server_id: serverId } },
        signal,
        throwOnError: true,
      });
      const state = stateOf(data, response, serverId);
      if (state === RUNNING) return { done: true, value: data };
      if (FAILED.includes(state)) {
        // through the client, so that a server name or body echoing a credential is redacted
        throw waitFailedError(
          client,
          `scp: server ${serverId} is ${state}, not ${RUNNING}; it will not become ${RUNNING} by itself`,
          { vendor: 'scp', description, state, resource: data },
        );
      }
      return { done: false, progress: { state } satisfies ServerProgress };
    },
  });
}

/** The `state` of a shown server; a body without one is not a server, and says what it was instead. */
function stateOf(body: unknown, response: Response, serverId: string): string {
  const state = typeof body === 'object' && body !== null ? (body as { state?: unknown }).state : undefined;
  if (typeof state === 'string' && state !== '') return state;
  const url = response.url || `/v1/servers/${encodeURIComponent(serverId)}`;
  const got = describe(body);
  throw new ResponseParseError(
    `scp: GET ${url} answered ${response.status} with ${got}, not a server with a "state": ` +
      'waitForServer cannot tell whether the server is ready. Check that baseUrl is the SCP virtualserver API.',
    {
      vendor: 'scp',
      method: 'GET',
      url,
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      snippet: got,
    },
  );
}

/** The shape of a body, without its values (they are the user's data, not for an error message). */
function describe(body: unknown): string {
  if (body === null || body === undefined) return 'no body';
  if (Array.isArray(body)) return `an array of ${body.length}`;
  if (typeof body !== 'object') return `a JSON ${typeof body}`;
  const keys = Object.keys(body);
  if (keys.length === 0) return 'an empty object';
  const state = (body as { state?: unknown }).state;
  const named = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
  return state === undefined
    ? `an object with keys ${named}`
    : `an object whose "state" is ${state === null ? 'null' : `a ${typeof state}`}`;
}

function resolveTarget(target: ServerTarget): string {
  let id: unknown;
  if (typeof target === 'string') id = target;
  else if ('serverId' in target) id = target.serverId;
  else {
    const servers = 'servers' in target ? target.servers : target.data?.servers;
    if (servers === undefined) {
      throw new ConfigurationError(
        'scp: waitForServer got a create result without data (did the create fail? check its error); pass the result of a successful create, a server id, or { serverId }',
      );
    }
    if (servers.length !== 1) {
      throw new ConfigurationError(
        `scp: the create started ${servers.length} servers; wait for each one: ` +
          'Promise.all(data.servers.map(({ id }) => waitForServer(client, id)))',
      );
    }
    id = servers[0]?.id;
  }
  if (typeof id !== 'string' || id === '') {
    throw new ConfigurationError(
      `scp: waitForServer needs a server id; got ${id === '' ? 'an empty string' : typeof id}`,
    );
  }
  return id;
}
