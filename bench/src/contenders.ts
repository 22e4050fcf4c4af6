/**
 * The ways one seed operation is sent, each returning the parsed answer: raw `fetch`, plain `openapi-fetch`, the
 * cloudspecs client with its full default middleware, and axios. All send the same URL, body and headers: the
 * baselines replay the headers the cloudspecs client sent on a captured request (auth, SCP's signature headers and
 * version header), so what differs is the work done to produce and send them, not what is on the wire.
 */
import { Agent } from 'node:http';
import { createHostwayClient, type paths as HostwayPaths } from '@cloudspecs/hostway-client';
import { createKatapultClient, type paths as KatapultPaths } from '@cloudspecs/katapult-client';
import { createScpClient, type paths as ScpPaths } from '@cloudspecs/scp-client';
import axios from 'axios';
import createClient from 'openapi-fetch';
import { benchCredentials, type SeedOperation, type Vendor } from './seed-operations.js';

export type Call = () => Promise<unknown>;
export type Transport = (request: Request) => Promise<Response>;

type PostBody<Paths, Path extends keyof Paths> = Paths[Path] extends {
  post: { requestBody: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

type KatapultBody = PostBody<KatapultPaths, '/organizations/organization/ip_addresses'>;
type HostwayBody = PostBody<HostwayPaths, '/servers'>;
type ScpBody = PostBody<ScpPaths, '/v1/servers/{server_id}/interfaces'>;

function baseUrlOf(origin: string, seed: SeedOperation): string {
  return `${origin}${seed.basePath}`;
}

/** The cloudspecs client of the seed's vendor, created with default options (retries, timeout, auth or signing). */
export function cloudspecsCall(seed: SeedOperation, origin: string, fetch?: Transport): Call {
  const baseUrl = baseUrlOf(origin, seed);
  const transport = fetch ? { fetch } : {};
  switch (seed.vendor) {
    case 'katapult': {
      const client = createKatapultClient({ ...benchCredentials.katapult, baseUrl, ...transport });
      const body = seed.requestBody as KatapultBody;
      return async () => {
        const { data, error } = await client.POST('/organizations/organization/ip_addresses', { body });
        if (error !== undefined) throw new Error(`katapult answered an error: ${JSON.stringify(error)}`);
        return data;
      };
    }
    case 'hostway': {
      const client = createHostwayClient({ ...benchCredentials.hostway, baseUrl, ...transport });
      const body = seed.requestBody as HostwayBody;
      return async () => {
        const { data, error } = await client.POST('/servers', { body });
        if (error !== undefined) throw new Error(`hostway answered an error: ${JSON.stringify(error)}`);
        return data;
      };
    }
    case 'scp': {
      const client = createScpClient({ ...benchCredentials.scp, baseUrl, ...transport });
      const body = seed.requestBody as ScpBody;
      const path = { server_id: seed.pathParams.server_id ?? '' };
      return async () => {
        const { data, error } = await client.POST('/v1/servers/{server_id}/interfaces', { params: { path }, body });
        if (error !== undefined) throw new Error(`scp answered an error: ${JSON.stringify(error)}`);
        return data;
      };
    }
  }
}

/** Plain openapi-fetch, typed with the vendor's generated `paths`, sending the given headers on every request. */
export function openapiFetchCall(
  seed: SeedOperation,
  origin: string,
  headers: Record<string, string>,
  fetch?: Transport,
): Call {
  const baseUrl = baseUrlOf(origin, seed);
  const transport = fetch ? { fetch } : {};
  switch (seed.vendor) {
    case 'katapult': {
      const client = createClient<KatapultPaths>({ baseUrl, headers, ...transport });
      const body = seed.requestBody as KatapultBody;
      return async () => {
        const { data, error } = await client.POST('/organizations/organization/ip_addresses', { body });
        if (error !== undefined) throw new Error('openapi-fetch: error answer');
        return data;
      };
    }
    case 'hostway': {
      const client = createClient<HostwayPaths>({ baseUrl, headers, ...transport });
      const body = seed.requestBody as HostwayBody;
      return async () => {
        const { data, error } = await client.POST('/servers', { body });
        if (error !== undefined) throw new Error('openapi-fetch: error answer');
        return data;
      };
    }
    case 'scp': {
      const client = createClient<ScpPaths>({ baseUrl, headers, ...transport });
      const body = seed.requestBody as ScpBody;
      const path = { server_id: seed.pathParams.server_id ?? '' };
      return async () => {
        const { data, error } = await client.POST('/v1/servers/{server_id}/interfaces', { params: { path }, body });
        if (error !== undefined) throw new Error('openapi-fetch: error answer');
        return data;
      };
    }
  }
}

/** `fetch` by hand: the floor every client is compared with. */
export function rawFetchCall(seed: SeedOperation, origin: string, headers: Record<string, string>): Call {
  const url = `${baseUrlOf(origin, seed)}${seed.urlPath}`;
  const body = seed.requestBody;
  return async () => {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`fetch: ${response.status}`);
    return response.json();
  };
}

/** axios with its Node default (the http adapter) and an explicit keep-alive agent. */
export function axiosCall(seed: SeedOperation, origin: string, headers: Record<string, string>): Call {
  const instance = axios.create({
    baseURL: baseUrlOf(origin, seed),
    headers,
    httpAgent: new Agent({ keepAlive: true }),
  });
  const body = seed.requestBody;
  return async () => (await instance.post(seed.urlPath, body)).data;
}

/** The headers the cloudspecs client puts on a request for `seed`, captured through its `fetch` option. */
export async function capturedHeaders(seed: SeedOperation, origin: string): Promise<Record<string, string>> {
  let captured: Headers | undefined;
  const call = cloudspecsCall(seed, origin, async (request) => {
    captured = request.headers;
    return new Response(JSON.stringify(seed.answer), {
      status: seed.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  await call();
  if (!captured) throw new Error(`bench: the ${seed.vendor} client sent no request`);
  const headers: Record<string, string> = {};
  for (const [name, value] of captured) if (name !== 'content-length') headers[name] = value;
  return headers;
}

/** Checks that an answer is the seed's example (same JSON), so no variant is timed on a failing exchange. */
export function checkAnswer(vendor: Vendor, variant: string, answer: unknown, expected: unknown): void {
  if (JSON.stringify(answer) !== JSON.stringify(expected)) {
    throw new Error(`bench: ${variant} (${vendor}) got ${JSON.stringify(answer).slice(0, 200)}, not the seed answer`);
  }
}
