/**
 * Following SCP's asynchronous server creation: `POST /v1/servers` answers 202 with the ids of the servers being built
 * (`{ servers: [{ id }] }`), and `GET /v1/servers/{server_id}` shows each one's `state`: BUILD while it is built,
 * ACTIVE once it runs, ERROR when the build failed.
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  type GetOperation,
  kindOf,
  machinePace,
  type OkJson,
  poll,
  unexpectedBodyError,
  waitFailedError,
  type WaitOptions,
  waitOptions,
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
  const settings = waitOptions('scp', 'waitForServer', options);
  const serverId = resolveTarget(target);
  const description = `scp server ${serverId} to become ${RUNNING}`;
  return poll<Server, ServerProgress>({
    description,
    ...machinePace(settings),
    // The id comes from the create call's answer: the errors are built without credentials.
    client,
    check: async ({ signal }) => {
      const result = await client.GET('/v1/servers/{server_id}', {
        params: { path: { server_id: serverId } },
        signal,
        throwOnError: true,
      });
      const { data } = result;
      const state = stateOf(client, result);
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

/**
 * The `state` of a shown server; a body without one is not a server, and the ResponseParseError says what it was
 * instead (its shape, not its values), built through the client: the keys and the URL are the server's, and may echo a
 * credential.
 */
function stateOf(client: ScpClient<boolean>, result: { data: unknown; response: Response }): string {
  const body = result.data;
  const state = typeof body === 'object' && body !== null ? (body as { state?: unknown }).state : undefined;
  if (typeof state === 'string' && state !== '') return state;
  throw unexpectedBodyError(
    client,
    result,
    'a server with a "state" (waitForServer cannot tell whether the server is ready; check that baseUrl is the SCP virtualserver API)',
    describe(body),
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

const ACCEPTS = "the create call's data or result (exactly one server), a server id, or { serverId }";

function resolveTarget(target: ServerTarget): string {
  const given = target as unknown;
  let id: unknown;
  if (typeof given === 'string') id = given;
  else if (typeof given !== 'object' || given === null) {
    throw new ConfigurationError(`scp: waitForServer needs ${ACCEPTS}; got ${kindOf(given)}.`, { option: 'target' });
  } else if ('serverId' in given) id = (given as { serverId: unknown }).serverId;
  else {
    const servers =
      'servers' in given
        ? (given as { servers: unknown }).servers
        : (given as { data?: { servers?: unknown } }).data?.servers;
    if (!Array.isArray(servers)) {
      throw new ConfigurationError(
        'data' in given
          ? `scp: waitForServer got a create result without data (did the create fail? check its error); pass ${ACCEPTS}`
          : `scp: waitForServer needs ${ACCEPTS}; got an object without "servers", "data" or "serverId".`,
        { option: 'target' },
      );
    }
    if (servers.length !== 1) {
      throw new ConfigurationError(
        `scp: the create started ${servers.length} servers; wait for each one: ` +
          'Promise.all(data.servers.map(({ id }) => waitForServer(client, id)))',
        { option: 'target' },
      );
    }
    id = (servers[0] as { id?: unknown } | null)?.id;
  }
  if (typeof id !== 'string' || id === '') {
    throw new ConfigurationError(
      `scp: waitForServer needs a server id; got ${id === '' ? 'an empty string' : kindOf(id)}`,
      { option: 'target' },
    );
  }
  return id;
}
