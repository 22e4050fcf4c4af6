import { inspect } from 'node:util';
import { AbortError, ConfigurationError, ResponseParseError, TimeoutError, WaitFailedError } from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { createKatapultClient, type Task, waitForTask } from '../src/index.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const fast = { intervalMs: 5, maxIntervalMs: 5 };

function scriptedTask(statuses: Task['status'][]) {
  const requests: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    const status = statuses[Math.min(requests.length - 1, statuses.length - 1)] ?? 'pending';
    return json({
      task: {
        id: 'task_8aF3',
        name: 'Start virtual machine',
        status,
        created_at: 1700000000,
        started_at: status === 'pending' ? null : 1700000001,
        finished_at: status === 'completed' || status === 'failed' ? 1700000009 : null,
        progress: status === 'completed' ? 100 : requests.length * 25,
      },
    });
  };
  return { requests, client: createKatapultClient({ token: 'kt-test-token', baseUrl: 'http://127.0.0.1:9', fetch }) };
}

describe('waitForTask', () => {
  it('waitForTask: pending → running → completed resolves with the task and reports progress', async () => {
    const { client, requests } = scriptedTask(['pending', 'running', 'running', 'completed']);
    const seen: string[] = [];
    const task = await waitForTask(
      client,
      { id: 'task_8aF3' },
      { ...fast, onProgress: (t) => seen.push(`${t.status} ${t.progress}`) },
    );
    expect(task.status).toBe('completed');
    expect(seen).toEqual(['pending 25', 'running 50', 'running 75']);
    expect(requests).toHaveLength(4);
    expect(requests[0]?.searchParams.get('task[id]')).toBe('task_8aF3');
  });

  it('waitForTask: a failed task throws WaitFailedError with the task', async () => {
    const { client } = scriptedTask(['running', 'failed']);
    const error = await waitForTask(client, 'task_8aF3', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({
      state: 'failed',
      message: 'katapult: task task_8aF3 (Start virtual machine) failed',
    });
  });

  it('waitForTask: gives up after timeoutMs with a TimeoutError naming the task', async () => {
    const { client } = scriptedTask(['running']);
    const error = await waitForTask(client, 'task_8aF3', { ...fast, timeoutMs: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/katapult task task_8aF3 to complete/);
  });

  it('waitForTask: the caller’s signal stops the wait', async () => {
    const { client, requests } = scriptedTask(['running']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(waitForTask(client, 'task_8aF3', { ...fast, signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
    const count = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(requests).toHaveLength(count);
  });

  it('waitForTask: a power action against the mock, then its task', async () => {
    const client = createKatapultClient({ token: 'kt-test-token', baseUrl: inject('mockUrl') });
    const { data } = await client.POST('/virtual_machines/virtual_machine/start', {
      body: { virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } },
      throwOnError: true,
    });
    // The mock serves the spec's first example (a running task) unless told which one to serve.
    const polling = createKatapultClient({
      token: 'kt-test-token',
      baseUrl: inject('mockUrl'),
      headers: { Prefer: 'example=completed' },
    });
    const task = await waitForTask(polling, data.task, fast);
    expect(task.status).toBe('completed');
  });
});

describe('waitForTask: odd answers (issue 12)', () => {
  const clientAnswering = (body: unknown, token = 'kt-test-token') =>
    createKatapultClient({ token, baseUrl: 'http://127.0.0.1:9', fetch: async () => json(body) });

  for (const body of [{}, { task: {} }, { task: null }, { task: { id: 'task_1', status: 42 } }]) {
    it(`waitForTask: ${JSON.stringify(body)} is a ResponseParseError saying what arrived`, async () => {
      const error = await waitForTask(clientAnswering(body), 'task_1', fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as Error).message).toContain(JSON.stringify(body));
    });
  }

  it('waitForTask: a failed task whose name echoes the token: no token in the WaitFailedError', async () => {
    const token = 'kt-SECRET-echoed-9f8e7d';
    const task = { id: 'task_1', name: `job for ${token}`, status: 'failed', progress: 0 };
    const error = await waitForTask(clientAnswering({ task }, token), 'task_1', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(token);
    }
    expect((error as WaitFailedError).resource).toMatchObject({ name: 'job for [REDACTED]' });
  });
});

describe('round 2 #10: waitForTask is given what holds a task id, or refuses before polling', () => {
  it('round 2 #10: the whole answer of virtualMachines.start ({ task }) is waited for by its task id', async () => {
    const { client, requests } = scriptedTask(['completed']);
    const task = await waitForTask(client, { task: { id: 'task_8aF3' } } as never, fast);
    expect(task.status).toBe('completed');
    expect(requests[0]?.searchParams.get('task[id]')).toBe('task_8aF3');
  });

  for (const target of [{}, { task: {} }, { task: null }, undefined, null, '', 42]) {
    it(`round 2 #10: ${JSON.stringify(target) ?? 'undefined'} is a ConfigurationError, and nothing is polled`, async () => {
      const { client, requests } = scriptedTask(['completed']);
      const error = await waitForTask(client, target as never, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(
        /^katapult: waitForTask needs the task to wait for: its id, the task \(\{ id \}\), or the whole answer that holds it \(\{ task: \{ id \} \}\); got /,
      );
      expect(requests).toHaveLength(0);
    });
  }
});
