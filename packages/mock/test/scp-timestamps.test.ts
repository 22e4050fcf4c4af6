/**
 * SCP sends timestamps with a zone offset (RFC 3339) and without one (`2026-11-30T09:15:02`): the spec's `Timestamp`
 * schema accepts both, and the mock (Prism, which validates every response it serves) must serve both. These tests go
 * through Prism's own response validation, so a spec that typed timestamps as `format: date-time` — or a pattern that
 * let anything through — would fail here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, specPath, startMock } from '../src/index.js';

const serverId = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
// Prism checks that the signed headers are present (apiKey schemes); their values are not verified by a mock.
const signedHeaders = {
  'Scp-AccessKey': 'test-access-key',
  'Scp-Signature': 'c2lnbmF0dXJl',
  'Scp-Timestamp': '1764494102000',
  'Scp-ClientType': 'Openapi',
};

type Json = Record<string, unknown>;

async function showServer(mock: RunningMock, example: string): Promise<Response> {
  return fetch(`${mock.url}/v1/servers/${serverId}`, { headers: { ...signedHeaders, Prefer: `example=${example}` } });
}

describe('scp mock: zone-less timestamps', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock('scp');
  });
  afterAll(() => mock.close());

  it('showVirtualServer: a server whose created_at and modified_at carry no zone is served without a violation', async () => {
    const response = await showServer(mock, 'buildingServer');
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { created_at: string; modified_at: string; state: string };
    expect(body.created_at).toBe('2026-11-30T09:15:02');
    expect(body.modified_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });
});

describe('scp mock: which timestamps pass Prism’s response validation', () => {
  // One named example per candidate value, in a copy of the bundled spec: each is served through Prism, which answers
  // 500 with the violation in `sl-violations` when the example breaks the response schema.
  const candidates = {
    zoneLess: '2026-11-30T09:15:02',
    zoneLessFraction: '2026-11-30T09:15:02.123456',
    utc: '2026-11-30T09:15:02Z',
    offset: '2026-11-30T18:15:02.123+09:00',
    spaceSeparated: '2026-11-30 09:15:02',
    dayFirst: '30/11/2026 09:15:02',
    zoneName: '2026-11-30T09:15:02 KST',
    dateOnly: '2026-11-30',
  } as const;
  const accepted: (keyof typeof candidates)[] = ['zoneLess', 'zoneLessFraction', 'utc', 'offset'];
  let dir: string;
  let mock: RunningMock;

  beforeAll(async () => {
    const spec = JSON.parse(readFileSync(specPath('scp'), 'utf8')) as Json;
    type Examples = Record<string, { summary?: string; value: Json }>;
    type Operation = { responses: Record<string, { content: Record<string, { examples?: Examples }> }> };
    const paths = spec.paths as Record<string, Record<string, Operation | undefined> | undefined>;
    const examples = paths['/v1/servers/{server_id}']?.get?.responses['200']?.content['application/json']?.examples;
    const base = examples?.buildingServer?.value;
    if (!examples || !base) throw new Error('the bundled SCP spec no longer has showVirtualServer 200 buildingServer');
    for (const [name, value] of Object.entries(candidates)) {
      examples[name] = { value: { ...base, created_at: value, modified_at: value } };
    }
    dir = mkdtempSync(join(tmpdir(), 'scp-timestamps-'));
    const file = join(dir, 'scp.json');
    writeFileSync(file, JSON.stringify(spec));
    mock = await startMock({ spec: file });
  });
  afterAll(async () => {
    await mock?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(candidates) as (keyof typeof candidates)[])('Timestamp: %s', async (name) => {
    const response = await showServer(mock, name);
    if (accepted.includes(name)) {
      expect(response.headers.get('sl-violations')).toBeNull();
      expect(response.status).toBe(200);
      expect(((await response.json()) as { created_at: string }).created_at).toBe(candidates[name]);
    } else {
      expect(response.status).toBe(500);
      expect(response.headers.get('sl-violations')).toMatch(/created_at/);
    }
  });
});
