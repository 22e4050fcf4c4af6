/**
 * Drift reports end to end: a server on a real socket answers `GET /tasks/task` with a body that breaks the spec in
 * four ways (a wrong type, a missing required field, a new property, a new enum value). Both layers, with the
 * package's own validators loaded as a user gets them (`validate` and nothing else): the reports in report mode, the
 * typed error in strict mode, nothing at all when off.
 */
import { type AnsweringServer, answeringServer } from '@cloudspecs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKatapultClient, type DriftReport, DriftError, Katapult, type LogEntry } from '../src/index.js';

/** Values of the body that no report, log line or error may hold. */
const TASK_ID = 'task_Q7vX2pLm9sKdE4rT';
const TASK_NAME = 'Rotate the credentials of db-7';
const NEW_VALUE = 'queued-for-maintenance';
const TOKEN = 'kt-drift-test-token-4c1f';

const brokenTask = {
  task: {
    id: TASK_ID,
    // `name` is required and missing
    status: NEW_VALUE, // not one of pending, running, completed, failed
    created_at: 1714993200,
    started_at: null,
    finished_at: null,
    progress: '50', // an integer in the spec
    queue_position: 3, // not in the spec
  },
};

let server: AnsweringServer;
let baseUrl: string;

beforeAll(async () => {
  server = await answeringServer(200, brokenTask);
  baseUrl = `${server.origin}/core/v1`;
});

afterAll(() => server.close());

const expected = [
  { pointer: '/task/name', kind: 'missing', severity: 'error', expected: 'string', seen: 'missing' },
  {
    pointer: '/task/status',
    kind: 'enum',
    severity: 'new',
    expected: 'one of "pending", "running", "completed", "failed"',
    seen: 'string',
  },
  { pointer: '/task/progress', kind: 'type', severity: 'error', expected: 'integer', seen: 'string' },
  {
    pointer: '/task/queue_position',
    kind: 'property',
    severity: 'new',
    expected: 'only the properties the spec declares',
    seen: 'integer',
  },
];

function leaksNothing(text: string): void {
  for (const value of [TASK_ID, TASK_NAME, NEW_VALUE, TOKEN, '127.0.0.1']) expect(text).not.toContain(value);
}

describe("validate: 'report'", () => {
  it('path style: each difference is reported once, with operation, path template and status, without a value', async () => {
    const reports: DriftReport[] = [];
    const logged: LogEntry[] = [];
    const katapult = createKatapultClient({
      token: TOKEN,
      baseUrl,
      validate: 'report',
      onDrift: (report) => reports.push(report),
      logger: { level: 'warn', sink: (entry) => logged.push(entry) },
    });
    const { data } = await katapult.GET('/tasks/task', { params: { query: { task: { id: TASK_ID } } } });
    expect(data?.task.id).toBe(TASK_ID); // the body is the caller's as it came
    const common = { vendor: 'katapult', operationId: 'getTask', method: 'GET', path: '/tasks/task', status: 200 };
    expect(reports).toEqual(expected.map((report) => expect.objectContaining({ ...common, ...report })));
    expect(reports.map((r) => r.schema)).toEqual([
      '/components/schemas/Task/properties/name',
      '/components/schemas/TaskStatus',
      '/components/schemas/Task/properties/progress',
      '/components/schemas/Task',
    ]);
    // The same answer again: nothing new to report.
    await katapult.GET('/tasks/task', { params: { query: { task: { id: TASK_ID } } } });
    expect(reports).toHaveLength(4);
    expect(logged.filter((entry) => entry.drift)).toHaveLength(4);
    leaksNothing(JSON.stringify(reports));
    leaksNothing(JSON.stringify(logged));
  });

  it('resource layer: new Katapult({ validate }) reports the same', async () => {
    const reports: DriftReport[] = [];
    const katapult = new Katapult({ token: TOKEN, baseUrl, validate: 'report', onDrift: (r) => reports.push(r) });
    const { task } = await katapult.tasks.get({ task: { id: TASK_ID } });
    expect(task.id).toBe(TASK_ID);
    expect(reports.map(({ pointer, kind }) => ({ pointer, kind }))).toEqual(
      expected.map(({ pointer, kind }) => ({ pointer, kind })),
    );
  });
});

describe("validate: 'strict'", () => {
  it('path style: DriftError, typed, with what JSON Schema refuses and nothing of the body', async () => {
    const katapult = createKatapultClient({ token: TOKEN, baseUrl, validate: 'strict' });
    const error = await katapult
      .GET('/tasks/task', { params: { query: { task: { id: TASK_ID } } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    const drift = error as DriftError;
    expect({ operationId: drift.operationId, path: drift.path, status: drift.status }).toEqual({
      operationId: 'getTask',
      path: '/tasks/task',
      status: 200,
    });
    // The new property is allowed by the open Task schema; the three others are refused.
    expect(drift.reports.map((r) => r.pointer)).toEqual(['/task/name', '/task/status', '/task/progress']);
    leaksNothing(JSON.stringify(drift));
    leaksNothing(`${drift.message}\n${drift.stack}`);
  });

  it('resource layer: the call rejects with DriftError', async () => {
    const katapult = new Katapult({ token: TOKEN, baseUrl, validate: 'strict' });
    await expect(katapult.tasks.get({ task: { id: TASK_ID } })).rejects.toThrow(DriftError);
  });
});

describe('validation off (the default)', () => {
  it('nothing at all: no report, no log line, the body returned as it came', async () => {
    const logged: LogEntry[] = [];
    const before = server.requests();
    for (const katapult of [
      createKatapultClient({ token: TOKEN, baseUrl, logger: { level: 'debug', sink: (e) => logged.push(e) } }),
      createKatapultClient({ token: TOKEN, baseUrl, validate: 'off' }),
    ]) {
      const { data } = await katapult.GET('/tasks/task', { params: { query: { task: { id: TASK_ID } } } });
      expect(data).toEqual(brokenTask);
    }
    const { task } = await new Katapult({ token: TOKEN, baseUrl }).tasks.get({ task: { id: TASK_ID } });
    expect(task).toEqual(brokenTask.task);
    expect(server.requests() - before).toBe(3);
    expect(logged.filter((entry) => entry.drift !== undefined || entry.message.includes('drift'))).toEqual([]);
  });
});
