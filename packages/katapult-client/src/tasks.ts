/** Waiting for Katapult's background tasks (power actions answer with a queued `task`). */
import { poll, unexpectedBodyError, waitFailedError, type WaitOptions } from '@cloudspecs/runtime/vendor-kit';
import type { components } from './generated/schema.js';
import type { KatapultClient } from './generated/client-types.js';

export type Task = components['schemas']['Task'];

/** Defaults: first 2 s between polls, at most 15 s, 10 minutes in all. */
export interface WaitForTaskOptions extends WaitOptions<Task> {}

/**
 * Polls `GET /tasks/task` until the task is `completed` (resolves with it) or `failed` (throws WaitFailedError); an
 * answer without a task object with a status is a ResponseParseError.
 * `task` is the task an operation answered with (`{ task: { id } }`'s inner object) or its id.
 */
export async function waitForTask(
  client: KatapultClient<boolean>,
  task: { id: string } | string,
  options: WaitForTaskOptions = {},
): Promise<Task> {
  const id = typeof task === 'string' ? task : task.id;
  const description = `katapult task ${id} to complete`;
  return poll<Task, Task>({
    description,
    ...options,
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
