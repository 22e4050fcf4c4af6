import { ConfigurationError, ResponseParseError, TimeoutError, WaitFailedError } from '@cloudspecs/runtime';
import { describe, expect, it } from 'vitest';
import { createKatapultClient, type VirtualMachineBuildState, waitForBuild } from '../src/index.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const fast = { intervalMs: 5, maxIntervalMs: 5 };
const vm = { id: 'vm_Rzqv3bBJhRr5wjyM', name: 'web-01', hostname: 'web-01', fqdn: 'web-01.example', state: 'started' };

function build(state: VirtualMachineBuildState) {
  const done = state === 'complete';
  return {
    id: 'vmbuild_1',
    spec_xml: '<VirtualMachineSpec/>',
    state,
    virtual_machine: done ? vm : null,
    created_at: 1,
  };
}

/** A client whose every GET answers with the next body of the script (the last one repeats). */
function scripted(bodies: unknown[]) {
  const requests: URL[] = [];
  const fetch = async (request: Request) => {
    requests.push(new URL(request.url));
    return json(bodies[Math.min(requests.length - 1, bodies.length - 1)]);
  };
  return { requests, client: createKatapultClient({ token: 'kt-test-token', baseUrl: 'http://127.0.0.1:9', fetch }) };
}

describe('waitForBuild', () => {
  it('waitForBuild: pending → building → complete resolves with the build and its virtual machine', async () => {
    const states = ['pending', 'building', 'building', 'complete'] as const;
    const { client, requests } = scripted(states.map((s) => ({ virtual_machine_build: build(s), annotations: [] })));
    const seen: string[] = [];
    const done = await waitForBuild(client, { id: 'vmbuild_1' }, { ...fast, onProgress: (b) => seen.push(b.state) });
    expect(done.state).toBe('complete');
    expect(done.virtual_machine.id).toBe('vm_Rzqv3bBJhRr5wjyM');
    expect(seen).toEqual(['pending', 'building', 'building']);
    expect(requests).toHaveLength(4);
    expect(requests[0]?.pathname).toBe('/virtual_machines/builds/virtual_machine_build');
    expect(requests[0]?.searchParams.get('virtual_machine_build[id]')).toBe('vmbuild_1');
  });

  it('waitForBuild: an answer with the build under its older name `build` only is followed the same', async () => {
    const { client } = scripted([{ build: build('building'), annotations: [] }, { build: build('complete') }]);
    const done = await waitForBuild(client, 'vmbuild_1', fast);
    expect(done.state).toBe('complete');
    expect(done.virtual_machine.id).toBe('vm_Rzqv3bBJhRr5wjyM');
  });

  it('waitForBuild: a failed build throws WaitFailedError with the build', async () => {
    const { client } = scripted([
      { virtual_machine_build: build('building'), annotations: [] },
      { virtual_machine_build: build('failed'), annotations: [] },
    ]);
    const error = await waitForBuild(client, 'vmbuild_1', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ state: 'failed', message: 'katapult: virtual machine build vmbuild_1 failed' });
    expect((error as WaitFailedError).resource).toMatchObject({ id: 'vmbuild_1', state: 'failed' });
  });

  it('waitForBuild: gives up after timeoutMs with a TimeoutError naming the build', async () => {
    const { client } = scripted([{ virtual_machine_build: build('building'), annotations: [] }]);
    const error = await waitForBuild(client, 'vmbuild_1', { ...fast, timeoutMs: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/katapult virtual machine build vmbuild_1 to complete/);
  });

  it('waitForBuild: a failed build whose spec echoes the token leaves no token in the error', async () => {
    const echoed = { ...build('failed'), spec_xml: '<VirtualMachineSpec token="kt-test-token"/>' };
    const { client } = scripted([{ virtual_machine_build: echoed, annotations: [] }]);
    const error = await waitForBuild(client, 'vmbuild_1', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(JSON.stringify((error as WaitFailedError).resource)).not.toContain('kt-test-token');
  });

  it('waitForBuild: an odd answer echoing the token leaves no token in the ResponseParseError', async () => {
    const { client } = scripted([{ virtual_machine_build: { id: 'vmbuild_1', state: 'kt-test-token' } }]);
    const error = await waitForBuild(client, 'vmbuild_1', fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).not.toContain('kt-test-token');
    expect(JSON.stringify(error)).not.toContain('kt-test-token');
  });

  for (const [what, body, says] of [
    ['neither virtual_machine_build nor build', { annotations: [] }, /holds neither virtual_machine_build nor build/],
    ['a null build', { virtual_machine_build: null }, /holds neither virtual_machine_build nor build/],
    ['a state the spec does not list', { virtual_machine_build: { id: 'vmbuild_1', state: 'queued' } }, /"queued"/],
    ['no state', { virtual_machine_build: { id: 'vmbuild_1' } }, /state undefined/],
    [
      'complete without its virtual machine',
      { virtual_machine_build: { ...build('complete'), virtual_machine: null } },
      /names no virtual_machine/,
    ],
  ] as const) {
    it(`waitForBuild: an answer with ${what} is a ResponseParseError`, async () => {
      const { client, requests } = scripted([body]);
      const error = await waitForBuild(client, 'vmbuild_1', fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as Error).message).toMatch(says);
      expect(requests).toHaveLength(1);
    });
  }
});

describe('round 2 #10: waitForBuild is given what holds a build id, or refuses before polling', () => {
  it('round 2 #10: the whole answer of virtualMachines.build ({ task, virtual_machine_build }) is waited for by its build', async () => {
    const { client, requests } = scripted([{ virtual_machine_build: build('complete'), annotations: [] }]);
    const answer = { task: { id: 'task_1' }, virtual_machine_build: { id: 'vmbuild_1' } };
    const done = await waitForBuild(client, answer as never, fast);
    expect(done.state).toBe('complete');
    expect(requests[0]?.searchParams.get('virtual_machine_build[id]')).toBe('vmbuild_1');
  });

  for (const target of [{ virtual_machine_build: {} }, { task: { id: 'task_1' } }, {}, undefined, null]) {
    it(`round 2 #10: ${JSON.stringify(target) ?? 'undefined'} is a ConfigurationError, and nothing is polled`, async () => {
      const { client, requests } = scripted([{ virtual_machine_build: build('complete'), annotations: [] }]);
      const error = await waitForBuild(client, target as never, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^katapult: waitForBuild needs the virtual machine build to wait for/);
      expect(requests).toHaveLength(0);
    });
  }
});
