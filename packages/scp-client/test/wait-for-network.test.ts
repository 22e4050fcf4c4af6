/**
 * The waits of the vpc service's asynchronous creates (issue 23): a VPC or a subnet is CREATING until it is ACTIVE;
 * ERROR (or a subnet DELETING) will not become ACTIVE by itself. Against a fake SCP answering one body per poll.
 */
import { ConfigurationError, ResponseParseError, WaitFailedError } from '@cloudspecs/runtime';
import { describe, expect, it } from 'vitest';
import { Scp, waitForSubnet, waitForVpc } from '../src/index.js';

const fast = { intervalMs: 1, maxIntervalMs: 1 };

/** A fake vpc service whose resource answers the given bodies, one per poll (the last one repeats). */
function scripted(bodies: unknown[]) {
  const requests: { url: string; version: string | null }[] = [];
  const fetch = async (request: Request) => {
    requests.push({ url: request.url, version: request.headers.get('Scp-Api-Version') });
    const body = bodies[Math.min(requests.length - 1, bodies.length - 1)];
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  };
  return { requests, scp: new Scp({ accessKey: 'a', secretKey: 's', fetch, onWarning: () => {} }) };
}

const vpc = (state: string) => ({ vpc: { id: 'v1', name: 'vpc-web', state } });
const subnet = (state: string) => ({ subnet: { id: 's1', name: 'subnetweb', state } });

describe('waitForVpc / waitForSubnet', () => {
  it('waitForVpc: CREATING → CREATING → ACTIVE resolves with the VPC, polled on the vpc host with its version', async () => {
    const { scp, requests } = scripted([vpc('CREATING'), vpc('CREATING'), vpc('ACTIVE')]);
    const seen: string[] = [];
    const ready = await scp.vpcs.waitForVpc({ vpc: { id: 'v1' } }, { ...fast, onProgress: (p) => seen.push(p.state) });
    expect(ready.state).toBe('ACTIVE');
    expect(seen).toEqual(['CREATING', 'CREATING']);
    expect(requests.map((r) => r.url)).toEqual(Array(3).fill('https://vpc.kr-west1.e.samsungsdscloud.com/v1/vpcs/v1'));
    expect(new Set(requests.map((r) => r.version))).toEqual(new Set(['vpc 1.0']));
  });

  it('waitForSubnet: an id, or the subnet itself; ACTIVE resolves', async () => {
    const { scp } = scripted([subnet('CREATING'), subnet('ACTIVE')]);
    expect((await waitForSubnet(scp.client, 's1', fast)).state).toBe('ACTIVE');
    expect((await scp.subnets.waitForSubnet({ id: 's1' }, fast)).name).toBe('subnetweb');
  });

  it('ERROR, or a subnet DELETING, is a WaitFailedError with the state', async () => {
    await expect(waitForVpc(scripted([vpc('ERROR')]).scp.client, 'v1', fast)).rejects.toMatchObject({
      constructor: WaitFailedError,
      state: 'ERROR',
      message: 'scp: vpc v1 is ERROR, not ACTIVE; it will not become ACTIVE by itself',
    });
    await expect(waitForSubnet(scripted([subnet('DELETING')]).scp.client, 's1', fast)).rejects.toBeInstanceOf(
      WaitFailedError,
    );
  });

  it('an answer without the resource state is a ResponseParseError; a target without an id a ConfigurationError', async () => {
    await expect(waitForVpc(scripted([{ vpcs: [] }]).scp.client, 'v1', fast)).rejects.toBeInstanceOf(
      ResponseParseError,
    );
    const { scp } = scripted([vpc('ACTIVE')]);
    await expect(scp.vpcs.waitForVpc({ vpc: {} } as never)).rejects.toBeInstanceOf(ConfigurationError);
  });
});
