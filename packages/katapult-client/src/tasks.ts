/** Waiting for Katapult's background tasks (power actions answer with a queued `task`). */
import { poll, WaitFailedError } from '@cloudspecs/runtime';
import type { components } from './generated/schema.js';
import type { KatapultClient } from './index.js';

export type Task = components['schemas']['Task'];

export interface WaitForTaskOptions {
  /** First wait between polls, ms. Default 2 000. */
  intervalMs?: number;
  /** Longest wait between polls, ms. Default 15 000. */
  maxIntervalMs?: number;
  /** Give up after this long, ms. Default 600 000 (10 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called after every poll that finds the task pending or running. */
  onProgress?: (task: Task) => void;
}

/**
 * Polls `GET /tasks/task` until the task is `completed` (resolves with it) or `failed` (throws WaitFailedError).
 * `task` is the task an operation answered with (`{ task: { id } }`'s inner object) or its id.
 */
export async function waitForTask(
  client: KatapultClient<boolean>,
  task: { id: string } | string,
  options: WaitForTaskOptions = {},
): Promise<Task> {
  const id = typeof task === 'string' ? task : task.id;
  const description = `katapult task ${id} to complete`;
  return poll<Task>({
    description,
    ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
    ...(options.maxIntervalMs === undefined ? {} : { maxIntervalMs: options.maxIntervalMs }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: (t) => options.onProgress?.(t as Task) } : {}),
    check: async ({ signal }) => {
      const { data } = await client.GET('/tasks/task', {
        params: { query: { task: { id } } },
        signal,
        throwOnError: true,
      });
      const current = data.task;
      if (current.status === 'completed') return { done: true, value: current };
      if (current.status === 'failed') {
        throw new WaitFailedError(`katapult: task ${id} (${current.name}) failed`, {
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
