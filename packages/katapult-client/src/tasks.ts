/** Waiting for Katapult's background tasks (power actions answer with a queued `task`). */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  kindOf,
  poll,
  unexpectedBodyError,
  waitFailedError,
  type WaitOptions,
  waitOptions,
} from '@cloudspecs/runtime/vendor-kit';
import type { components } from './generated/schema.js';
import type { KatapultClient } from './generated/client-types.js';

export type Task = components['schemas']['Task'];

/** Defaults: first 2 s between polls, at most 15 s, 10 minutes in all. */
export interface WaitForTaskOptions extends WaitOptions<Task> {}

/**
 * The task to wait for: its id, the task (`{ id }`), or the whole answer of the call that queued it
 * (`{ task: { id } }`, e.g. what `virtualMachines.start` resolves to).
 */
export type TaskTarget = string | { id: string } | { task: { id: string } };

/**
 * Polls `GET /tasks/task` until the task is `completed` (resolves with it) or `failed` (throws WaitFailedError); an
 * answer without a task object with a status is a ResponseParseError. `task` is the answer of the operation that
 * queued it (`{ task: { id } }`), the task itself, or its id; anything without an id is a ConfigurationError, before
 * anything is sent.
 */
export async function waitForTask(
  client: KatapultClient<boolean>,
  task: TaskTarget,
  options: WaitForTaskOptions = {},
): Promise<Task> {
  const settings = waitOptions('katapult', 'waitForTask', options);
  const id = idOf(task, 'task', 'waitForTask');
  const description = `katapult task ${id} to complete`;
  return poll<Task, Task>({
    description,
    ...settings,
    client,
    check: async ({ signal }) => {
      const result = await client.GET('/tasks/task', {
        params: { query: { task: { id } } },
        signal,
        throwOnError: true,
      });
      const current = (result.data as { task?: unknown } | null)?.task as Task | null | undefined;
      if (typeof current !== 'object' || current === null || typeof current.status !== 'string') {
        throw unexpectedBodyError(client, result, 'a "task" object with a "status"');
      }
      if (current.status === 'completed') return { done: true, value: current };
      if (current.status === 'failed') {
        // The task's name and body come from the server: built redacted, as the client's own errors are.
        throw waitFailedError(client, `katapult: task ${id} (${current.name}) failed`, {
          vendor: 'katapult',
          description,
          state: current.status,
          resource: current,
        });
      }
      return { done: false, progress: current };
    },
  });
}

/**
 * The id of what a wait is given: the id itself, an object with an `id`, or an answer holding that object under `key`
 * (`{ task: { id } }`). Anything else would poll with no id, and resolve with whatever the server answers to that.
 */
export function idOf(target: unknown, key: string, helper: string): string {
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  const id = typeof target === 'string' ? target : (record(target)?.id ?? record(record(target)?.[key])?.id);
  if (typeof id === 'string' && id !== '') return id;
  const got =
    typeof target === 'string'
      ? 'an empty string'
      : record(target) === undefined
        ? kindOf(target)
        : `an object without an "id" or a "${key}" with one`;
  throw new ConfigurationError(
    `katapult: ${helper} needs the ${key.replaceAll('_', ' ')} to wait for: its id, the ${key.replaceAll('_', ' ')} ({ id }), or the whole answer that holds it ({ ${key}: { id } }); got ${got}.`,
    { option: key },
  );
}
