/**
 * The server actions as the bundled spec documents them: one `oneOf` branch per action, each listing its own statuses
 * (`x-statuses`), and error bodies that use only the fault names Hostway's pages show.
 */
import { readFileSync } from 'node:fs';
import { specPath } from '@cloudspecs/mock';
import { describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;
const spec = JSON.parse(readFileSync(specPath('hostway'), 'utf8')) as Json;

function deref(node: unknown): Json {
  let current = node as Json;
  while (typeof current.$ref === 'string') {
    current = (current.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((value, key) => (value as Json)[key], spec) as Json;
  }
  return current;
}

const paths = spec.paths as Record<string, Record<string, Json>>;
const actionOperations = [
  ['performServerAction', paths['/accounts/{accountId}/flexcloud/servers/{serverId}/action']?.post],
  ['performServerActionForCurrentAccount', paths['/servers/{serverId}/action']?.post],
] as const;
const actionSchema = deref((spec.components as Json & { schemas: Json }).schemas.ServerAction);
const actions = (actionSchema.oneOf as Json[]).map(deref).map((branch) => ({
  key: (branch.required as string[])[0] as string,
  statuses: branch['x-statuses'] as number[] | undefined,
}));

describe('hostway spec: server actions', () => {
  it('every action lists its own statuses, 202 and 401 among them', () => {
    expect(actions.map((a) => a.key)).toEqual([
      'reboot',
      'os-stop',
      'os-start',
      'resize',
      'addFloatingIp',
      'removeFloatingIp',
    ]);
    for (const action of actions) {
      expect(action.statuses, `${action.key} has no x-statuses`).toBeDefined();
      expect(action.statuses).toContain(202);
      expect(action.statuses).toContain(401);
    }
  });

  for (const [operationId, operation] of actionOperations) {
    it(`${operationId}: its statuses are exactly the union of the actions' statuses`, () => {
      expect(operation?.operationId).toBe(operationId);
      const documented = Object.keys(operation?.responses as Json).map(Number);
      const union = [...new Set(actions.flatMap((a) => a.statuses ?? []))];
      expect(documented.sort((a, b) => a - b)).toEqual(union.sort((a, b) => a - b));
    });

    it(`${operationId}: each error example names actions that document its status`, () => {
      for (const [status, response] of Object.entries(operation?.responses as Json)) {
        if (status === '401' || status === '404') continue; // shared by every action and every call
        const examples = (deref(response).content as Json | undefined)?.['application/json'] as Json | undefined;
        for (const [name, example] of Object.entries((examples?.examples ?? {}) as Json)) {
          const summary = String(deref(example).summary);
          const named = actions.filter((a) => new RegExp(`(^|[^\\w-])${a.key}([^\\w-]|$)`).test(summary));
          expect(named.length, `${status} ${name}: "${summary}" names no action`).toBeGreaterThan(0);
          for (const action of named) {
            expect(action.statuses, `${status} ${name} names ${action.key}`).toContain(Number(status));
          }
        }
      }
    });
  }
});

describe('hostway spec: fault names', () => {
  it('every JSON error example uses a fault name the vendor pages show', () => {
    const shown = new Set(['computeFault', 'conflict', 'forbidden', 'itemNotFound']);
    const used = new Map<string, string>();
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === 'parameters') continue;
        for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) {
          if (Number(status) < 400) continue;
          const media = (deref(response).content as Json | undefined)?.['application/json'] as Json | undefined;
          for (const [name, example] of Object.entries((media?.examples ?? {}) as Json)) {
            const value = deref(example).value as Json;
            for (const fault of Object.keys(value))
              used.set(fault, `${method.toUpperCase()} ${path} ${status} ${name}`);
          }
        }
      }
    }
    const unknown = [...used].filter(([fault]) => !shown.has(fault));
    expect(unknown).toEqual([]);
    expect([...used.keys()].sort()).toEqual([...shown].sort());
  });
});
