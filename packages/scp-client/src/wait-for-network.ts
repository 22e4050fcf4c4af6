/**
 * Following the vpc service's asynchronous creates: `POST /v1/vpcs` and `POST /v1/subnets` answer at once with the new
 * VPC or subnet CREATING (`{ vpc: { id, state } }`, `{ subnet: … }`), and `GET /v1/vpcs/{vpc_id}` (`/v1/subnets/…`)
 * shows its `state` until it is ACTIVE, or ERROR when creating it failed. (A public IP needs no wait: the service
 * documents it RESERVED from its create on, with no state before.)
 *
 * One wait, two tables: what differs between the resources is data (the path to poll, its parameter, the property of
 * the answer holding the resource).
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  type GetOperation,
  kindOf,
  machineWaitOptions,
  type OkJson,
  poll,
  unexpectedBodyError,
  waitFailedError,
  type WaitOptions,
  waitOptions,
} from '@cloudspecs/runtime/vendor-kit';
import type { ScpClient } from './generated/client-types.js';
import type { paths } from './generated/schema.js';

/** A VPC as `GET /v1/vpcs/{vpc_id}` shows it. */
export type Vpc = OkJson<GetOperation<paths, '/v1/vpcs/{vpc_id}'>>['vpc'];
/** A subnet as `GET /v1/subnets/{subnet_id}` shows it. */
export type Subnet = OkJson<GetOperation<paths, '/v1/subnets/{subnet_id}'>>['subnet'];

export interface NetworkProgress {
  /** The resource's state at this poll, e.g. CREATING. */
  state: string;
}

/** Defaults: first 5 s between polls, at most 30 s, 30 minutes in all. */
export interface WaitForNetworkOptions extends WaitOptions<NetworkProgress> {}

/** The create call's data (`{ vpc: { id } }`), the VPC itself, or its id. */
export type VpcTarget = { vpc: { id: string } } | { id: string } | string;
/** The create call's data (`{ subnet: { id } }`), the subnet itself, or its id. */
export type SubnetTarget = { subnet: { id: string } } | { id: string } | string;

interface Watched {
  /** `vpc`: the property of a create or show answer holding the resource, and its name in messages */
  key: 'vpc' | 'subnet';
  helper: string;
  path: '/v1/vpcs/{vpc_id}' | '/v1/subnets/{subnet_id}';
  param: 'vpc_id' | 'subnet_id';
}

const VPC: Watched = { key: 'vpc', helper: 'waitForVpc', path: '/v1/vpcs/{vpc_id}', param: 'vpc_id' };
const SUBNET: Watched = { key: 'subnet', helper: 'waitForSubnet', path: '/v1/subnets/{subnet_id}', param: 'subnet_id' };

/** The state waited for. */
const READY = 'ACTIVE';
/** States that do not lead to ACTIVE by themselves; every other one (CREATING, …) is waited out. */
const FAILED: readonly string[] = ['ERROR', 'DELETING', 'DELETED'];

/**
 * Polls `GET /v1/vpcs/{vpc_id}` until the VPC is ACTIVE and resolves with it. Throws WaitFailedError when it is ERROR
 * or DELETED, TimeoutError after `timeoutMs`, AbortError when `signal` aborts, ResponseParseError for an answer that
 * is not a VPC. Every poll goes through the client: the vpc service's host, its credentials, its version header.
 */
export function waitForVpc(
  client: ScpClient<boolean>,
  target: VpcTarget,
  options: WaitForNetworkOptions = {},
): Promise<Vpc> {
  return waitForNetwork(client, VPC, target, options) as Promise<Vpc>;
}

/** As `waitForVpc`, for a subnet (`GET /v1/subnets/{subnet_id}`); DELETING is a failure too. */
export function waitForSubnet(
  client: ScpClient<boolean>,
  target: SubnetTarget,
  options: WaitForNetworkOptions = {},
): Promise<Subnet> {
  return waitForNetwork(client, SUBNET, target, options) as Promise<Subnet>;
}

async function waitForNetwork(
  client: ScpClient<boolean>,
  watched: Watched,
  target: unknown,
  options: WaitForNetworkOptions,
): Promise<unknown> {
  const settings = waitOptions('scp', watched.helper, options);
  const id = resolveTarget(watched, target);
  const description = `scp ${watched.key} ${id} to become ${READY}`;
  const get = client.GET as (path: string, init: object) => Promise<{ data: unknown; response: Response }>;
  return poll<unknown, NetworkProgress>({
    description,
    ...machineWaitOptions(settings),
    client,
    check: async ({ signal }) => {
      const result = await get(watched.path, {
        params: { path: { [watched.param]: id } },
        signal,
        throwOnError: true,
      });
      const resource = (result.data as Record<string, unknown> | null)?.[watched.key];
      const state = (resource as { state?: unknown } | null | undefined)?.state;
      if (typeof state !== 'string' || state === '') {
        throw unexpectedBodyError(
          client,
          result,
          `a "${watched.key}" with a "state" (${watched.helper} cannot tell whether it is ready)`,
        );
      }
      if (state === READY) return { done: true, value: resource };
      if (FAILED.includes(state)) {
        throw waitFailedError(
          client,
          `scp: ${watched.key} ${id} is ${state}, not ${READY}; it will not become ${READY} by itself`,
          { vendor: 'scp', description, state, resource },
        );
      }
      return { done: false, progress: { state } };
    },
  });
}

function resolveTarget(watched: Watched, target: unknown): string {
  const accepts = `the create call's data ({ ${watched.key}: { id } }), the ${watched.key} itself, or its id`;
  let id: unknown = target;
  if (typeof target === 'object' && target !== null) {
    const inner = (target as Record<string, unknown>)[watched.key];
    id = (typeof inner === 'object' && inner !== null ? inner : target) as { id?: unknown };
    id = (id as { id?: unknown }).id;
  }
  if (typeof id !== 'string' || id === '') {
    throw new ConfigurationError(`scp: ${watched.helper} needs ${accepts}; got ${kindOf(target)}.`, {
      option: 'target',
    });
  }
  return id;
}
