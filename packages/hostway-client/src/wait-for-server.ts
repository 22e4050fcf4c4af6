/**
 * Following Hostway's asynchronous server creation: 202 with the server in BUILD (progress 0, 50, 100) and a
 * `Location` header, polled until the server leaves BUILD.
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  kindOf,
  machinePace,
  poll,
  unexpectedBodyError,
  waitFailedError,
  type WaitOptions,
  waitOptions,
} from '@cloudspecs/runtime/vendor-kit';
import type { components } from './generated/schema.js';
import type { HostwayClient } from './generated/client-types.js';

export type Server = components['schemas']['Server'];
export type ServerStatus = components['schemas']['ServerStatus'];

/** States a server passes through while it is being built or changed: keep polling. */
const IN_PROGRESS: readonly ServerStatus[] = ['BUILD', 'PROCESSING'];

export interface ServerProgress {
  status: ServerStatus;
  /** 0–100 while building (Hostway reports 0, 50 and 100). */
  progress: number;
}

/** Defaults: first 5 s between polls, at most 30 s, 30 minutes in all. */
export interface WaitForServerOptions extends WaitOptions<ServerProgress> {}

/** The server in a create call's answer: its id, and the links that name it (the `self` link carries the account). */
interface CreatedServer {
  server: { id: string; links?: readonly { href: string; rel: string }[] };
}

/**
 * What to wait for: the create call's data (`{ server }`), its result with the Response (`.withResponse()` or the
 * path-style client: its `Location` header, else the `self` link in its body), a server URL (`Location` or `self`
 * link), or `{ serverId, accountId? }`.
 */
export type ServerTarget =
  | { response: Response; data?: CreatedServer | undefined }
  | CreatedServer
  | string
  | { serverId: string; accountId?: string };

/**
 * Polls the server until it leaves BUILD (and PROCESSING). Resolves with the server when it is ACTIVE; throws
 * WaitFailedError when it ends in any other state (e.g. DELETED, UNKNOWN), TimeoutError after `timeoutMs`, AbortError
 * when `signal` aborts. HTTP failures of a poll throw the runtime's error classes (GETs are already retried).
 *
 * The URL only names the server: every poll goes through the client, to its own `baseUrl` and with its credentials, so
 * a `Location` header can never send credentials to another host.
 */
export async function waitForServer(
  client: HostwayClient<boolean>,
  target: ServerTarget,
  options: WaitForServerOptions = {},
): Promise<Server> {
  const settings = waitOptions('hostway', 'waitForServer', options);
  const { serverId, accountId } = resolveTarget(target);
  const description = `hostway server ${serverId} to become ACTIVE`;
  return poll<Server, ServerProgress>({
    description,
    ...machinePace(settings),
    // The id comes from a Location header or a link the server sent: the errors are built without credentials.
    client,
    check: async ({ signal }) => {
      const result =
        accountId === undefined
          ? await client.GET('/servers/{serverId}', { params: { path: { serverId } }, signal, throwOnError: true })
          : await client.GET('/accounts/{accountId}/flexcloud/servers/{serverId}', {
              params: { path: { accountId, serverId } },
              signal,
              throwOnError: true,
            });
      const server = (result.data as { server?: unknown } | null)?.server as Server | null | undefined;
      if (typeof server !== 'object' || server === null || typeof server.status !== 'string') {
        throw unexpectedBodyError(client, result, 'a "server" object with a "status"');
      }
      if (IN_PROGRESS.includes(server.status)) {
        return { done: false, progress: { status: server.status, progress: server.progress } satisfies ServerProgress };
      }
      if (server.status === 'ACTIVE') return { done: true, value: server };
      // The server's body comes from the server: built redacted, as the client's own errors are.
      throw waitFailedError(client, `hostway: server ${serverId} left BUILD as ${server.status}, not ACTIVE`, {
        vendor: 'hostway',
        description,
        state: server.status,
        resource: server,
      });
    },
  });
}

const SERVER_PATH = /(?:\/accounts\/([^/]+)\/flexcloud)?\/servers\/([^/?#]+)\/?$/;

const ACCEPTS =
  "the create call's data or result ({ server: { id, links } }, with .withResponse() or not), a server URL (its Location header or self link), or { serverId, accountId? }";

function resolveTarget(target: ServerTarget): { serverId: string; accountId: string | undefined } {
  const given = target as unknown;
  if (typeof given !== 'string' && (typeof given !== 'object' || given === null)) {
    throw new ConfigurationError(`hostway: waitForServer needs ${ACCEPTS}; got ${kindOf(given)}.`, {
      option: 'target',
    });
  }
  if (typeof target === 'object' && 'serverId' in target) {
    if (typeof target.serverId !== 'string' || target.serverId === '') {
      throw new ConfigurationError(
        `hostway: waitForServer needs a non-empty serverId; got ${kindOf(target.serverId)}.`,
        {
          option: 'serverId',
        },
      );
    }
    return { serverId: target.serverId, accountId: target.accountId };
  }
  const created = (value: unknown) => (value as Partial<CreatedServer> | undefined)?.server;
  // The data of a create call, given with or without its Response: the self link names the account too.
  const server = typeof target === 'string' ? undefined : 'response' in target ? created(target.data) : created(target);
  const selfLink = Array.isArray(server?.links) ? server.links.find((l) => l?.rel === 'self')?.href : undefined;
  const location =
    typeof target === 'object' && 'response' in target && target.response instanceof Response
      ? target.response.headers.get('Location')
      : null;
  const [url, where] =
    typeof target === 'string'
      ? [target, 'the URL given']
      : location !== null
        ? [location, 'its Location header']
        : typeof selfLink === 'string'
          ? [selfLink, 'its self link']
          : [undefined, ''];
  if (url === undefined) {
    if (typeof server?.id === 'string' && server.id !== '') return { serverId: server.id, accountId: undefined };
    throw new ConfigurationError(
      `hostway: waitForServer needs ${ACCEPTS}; got an object without any of them (did the create fail? check its error).`,
      { option: 'target' },
    );
  }
  // A malformed URL or escape is the same mistake as one without a server: the URL does not name one. The URL is not
  // quoted: a Location header or a link comes from the server, which may echo a credential in it.
  const cannotFind = () =>
    new ConfigurationError(
      `hostway: waitForServer cannot find a server in ${where}: its path must end in /servers/<id> (optionally after /accounts/<id>/flexcloud). Pass the create result, a server URL, or { serverId }.`,
      { option: 'target' },
    );
  let match: RegExpExecArray | null;
  try {
    match = SERVER_PATH.exec(new URL(url, 'https://api.hostway.com').pathname);
    if (!match?.[2]) throw cannotFind();
    return { serverId: decodeURIComponent(match[2]), accountId: match[1] && decodeURIComponent(match[1]) };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw cannotFind();
  }
}
