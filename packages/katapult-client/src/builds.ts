/**
 * Waiting for a virtual machine build: `POST /organizations/organization/virtual_machines/build` answers 201 with a
 * task and a `virtual_machine_build` in `pending`; the build then goes `building` → `complete` (or `failed`), and only
 * a complete build names its virtual machine.
 */
import {
  machinePace,
  poll,
  unexpectedBodyError,
  waitFailedError,
  type WaitOptions,
  waitOptions,
} from '@cloudspecs/runtime/vendor-kit';
import type { paths } from './generated/schema.js';
import type { KatapultClient } from './generated/client-types.js';
import { idOf } from './tasks.js';

const BUILD_PATH = '/virtual_machines/builds/virtual_machine_build';

type BuildAnswer = paths[typeof BUILD_PATH]['get']['responses'][200]['content']['application/json'];
export type VirtualMachineBuild = NonNullable<BuildAnswer['virtual_machine_build']>;
export type VirtualMachineBuildState = VirtualMachineBuild['state'];
/** A complete build: its virtual machine is there. */
export type CompletedVirtualMachineBuild = VirtualMachineBuild & {
  virtual_machine: NonNullable<VirtualMachineBuild['virtual_machine']>;
};

/** States of a build that has not finished yet: keep polling. */
const IN_PROGRESS: readonly string[] = ['draft', 'pending', 'building'] satisfies VirtualMachineBuildState[];

/** Defaults: first 5 s between polls, at most 30 s, 30 minutes in all. */
export interface WaitForBuildOptions extends WaitOptions<VirtualMachineBuild> {}

/**
 * The build to wait for: its id, the build (`{ id }`), or the whole answer of the build call
 * (`{ virtual_machine_build: { id } }`).
 */
export type BuildTarget = string | { id: string } | { virtual_machine_build: { id: string } };

/**
 * Polls `GET /virtual_machines/builds/virtual_machine_build` until the build is `complete` (resolves with it, its
 * `virtual_machine` set) or `failed` (throws WaitFailedError). `build` is the build call's answer, the
 * `virtual_machine_build` in it, or its id; anything without an id is a ConfigurationError, before anything is sent.
 * An answer without a build, with a state the spec does not list, or a complete build without its virtual machine
 * throws ResponseParseError; TimeoutError after `timeoutMs`, AbortError when `signal` aborts.
 */
export async function waitForBuild(
  client: KatapultClient<boolean>,
  build: BuildTarget,
  options: WaitForBuildOptions = {},
): Promise<CompletedVirtualMachineBuild> {
  const settings = waitOptions('katapult', 'waitForBuild', options);
  const id = idOf(build, 'virtual_machine_build', 'waitForBuild');
  const description = `katapult virtual machine build ${id} to complete`;
  return poll<CompletedVirtualMachineBuild, VirtualMachineBuild>({
    description,
    ...machinePace(settings),
    client,
    check: async ({ signal }) => {
      const { data, response } = await client.GET(BUILD_PATH, {
        params: { query: { virtual_machine_build: { id } } },
        signal,
        throwOnError: true,
      });
      // Some answers carry the build under its older name, `build`, beside or instead of `virtual_machine_build`.
      const answer = data as Partial<BuildAnswer> | undefined;
      const current = (answer?.virtual_machine_build ?? answer?.build) as Partial<VirtualMachineBuild> | undefined;
      // through the client, so that a body echoing the token is redacted in the error
      const odd = (what: string) =>
        unexpectedBodyError(client, { response, data }, `{ virtual_machine_build: { state, … } }, but it ${what}`);
      if (typeof current !== 'object' || current === null) throw odd('holds neither virtual_machine_build nor build');
      const { state } = current;
      if (typeof state === 'string' && IN_PROGRESS.includes(state)) {
        // A build in one of the documented in-progress states, the rest as the server sent it.
        return { done: false, progress: current as VirtualMachineBuild };
      }
      if (state === 'complete') {
        if (!current.virtual_machine) throw odd('says complete but names no virtual_machine');
        return { done: true, value: current as CompletedVirtualMachineBuild };
      }
      if (state === 'failed') {
        throw waitFailedError(client, `katapult: virtual machine build ${id} failed`, {
          vendor: 'katapult',
          description,
          state,
          resource: current,
        });
      }
      throw odd(`has the state ${JSON.stringify(state)}, which is none of draft, pending, building, complete, failed`);
    },
  });
}
