/**
 * The mock's front server under hostile input (issue 24 #16–#19), and unknown routes in the vendor's own not-found
 * form (issue 20 §2): what no operation can take is answered the way the vendor refuses it, never with Prism's own
 * problem+json, a 500 that shows Prism's internal address, or a process that dies.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type RunningMock, startMock, type Vendor } from '../src/index.js';
import { badRequestTarget, malformedJson, methodNotAllowed, notFound, payloadTooLarge } from '../src/vendor-errors.js';

const auth: Record<Vendor, Record<string, string>> = {
  katapult: { Authorization: 'Bearer test' },
  hostway: { Authorization: 'Basic dXNlcjpwYXNz' },
  scp: {
    'Scp-AccessKey': 'test',
    'Scp-Signature': 'test',
    'Scp-Timestamp': '1605290625682',
    'Scp-ClientType': 'Openapi',
  },
};
/** A POST with a JSON body of each vendor. */
const create: Record<Vendor, string> = {
  katapult: '/organizations/organization/ip_addresses',
  hostway: '/servers',
  scp: '/v1/servers',
};
const json = { 'Content-Type': 'application/json' };
const MiB = 1024 * 1024;

async function withMock(vendor: Vendor, run: (mock: RunningMock, lines: string[]) => Promise<void>): Promise<void> {
  const lines: string[] = [];
  const mock = await startMock(vendor, { log: (line) => lines.push(line) });
  try {
    await run(mock, lines);
  } finally {
    await mock.close();
  }
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `head` (and then `body`, if any) over a plain socket, as fetch cannot (an absolute-form target, `*`, TRACE, a
 * body that never ends), and resolves with the answer as soon as it is complete.
 */
function raw(mock: RunningMock, head: string, body?: Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    const done = (answer: RawAnswer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? 0);
      const content = received.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
      if (content.length >= length) {
        done({ status: Number(statusLine.split(' ')[1]), headers, body: content.subarray(0, length).toString('utf8') });
      }
    });
    socket.on('error', (error) => reject(error));
    socket.write(head);
    if (body) socket.write(body);
  });
}

const request = (method: string, target: string, vendor: Vendor, extra = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: mock\r\n${Object.entries(auth[vendor])
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}${extra}\r\n`;

describe("issue 20 §2: an unknown route in the vendor's own not-found form", () => {
  it('katapult: GET /nope → 404 route_not_found in its envelope, not application/problem+json', async () => {
    await withMock('katapult', async (mock, lines) => {
      const response = await fetch(`${mock.url}/nope`, { headers: auth.katapult });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('x-api-schema')).toBe('json-error');
      expect(await response.json()).toEqual({
        error: { code: 'route_not_found', description: 'There is no route for GET /nope in this API.', detail: {} },
      });
      expect(response.headers.get('sl-violations')).toMatch(/No operation of the spec is GET \/nope/);
      expect(lines).toEqual(['katapult  GET /nope → 404 route_not_found · No operation of the spec is GET /nope']);
    });
  });

  it('katapult: a method no route has (PUT on a POST path) is an unknown route too, as Katapult routes by both', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}${create.katapult}`, { method: 'PUT', headers: auth.katapult });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
    });
  });

  it('hostway: GET /nope → 404 itemNotFound fault; PUT /servers → 405 computeFault with Allow', async () => {
    await withMock('hostway', async (mock) => {
      const missing = await fetch(`${mock.url}/nope`, { headers: auth.hostway });
      expect(missing.status).toBe(404);
      const fault = (await missing.json()) as { itemNotFound: { message: string; code: number; errorid: string } };
      expect(fault.itemNotFound).toMatchObject({ code: 404, details: '', message: 'No resource answers GET /nope.' });
      expect(fault.itemNotFound.errorid).toMatch(/^[0-9a-f-]{36}$/);
      const wrongMethod = await fetch(`${mock.url}/servers`, { method: 'PUT', headers: auth.hostway });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
      expect(((await wrongMethod.json()) as { computeFault: { code: number } }).computeFault.code).toBe(405);
    });
  });

  it('scp: GET /v1/nope → 404 without a body (its documents give none); PUT /v1/servers → 405 with Allow', async () => {
    await withMock('scp', async (mock) => {
      const missing = await fetch(`${mock.url}/v1/nope`, { headers: auth.scp });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBeNull();
      expect(await missing.text()).toBe('');
      const wrongMethod = await fetch(`${mock.url}/v1/servers`, { method: 'PUT', headers: auth.scp });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
    });
  });

  it('a route that is unknown is not mistaken for an undocumented Prefer', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}/nope`, { headers: { ...auth.katapult, Prefer: 'code=200' } });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
    });
  });
});

describe('round 2 #16: a body over the limit is refused, and never buffered to its end', () => {
  it('round 2 #16: a declared 120 MB body is answered 413 in Katapult’s envelope after 11 MB, without the rest', async () => {
    await withMock('katapult', async (mock) => {
      const head = request(
        'POST',
        create.katapult,
        'katapult',
        `Content-Type: application/json\r\nContent-Length: ${120 * MiB}\r\n`,
      );
      // 11 MiB of a 120 MB body, then nothing more: the answer comes without the rest.
      const answer = await raw(mock, head, Buffer.alloc(11 * MiB, 0x20));
      expect(answer.status).toBe(413);
      expect(answer.headers['x-api-schema']).toBe('json-error');
      expect(JSON.parse(answer.body)).toEqual({
        error: {
          code: 'payload_too_large',
          description: `The request body is larger than the ${10 * MiB} bytes this API accepts.`,
          detail: { limit_bytes: 10 * MiB },
        },
      });
    });
  });

  it('round 2 #16: a chunked body (no Content-Length) over the limit is 413 too: Hostway computeFault, SCP no body', async () => {
    for (const vendor of ['hostway', 'scp'] as const) {
      await withMock(vendor, async (mock) => {
        let sent = 0;
        const chunk = new Uint8Array(MiB).fill(0x20);
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ >= 12) controller.close();
            else controller.enqueue(chunk);
          },
        });
        const response = await fetch(`${mock.url}${create[vendor]}`, {
          method: 'POST',
          headers: { ...auth[vendor], ...json },
          body,
          duplex: 'half',
        } as RequestInit);
        expect(response.status).toBe(413);
        const text = await response.text();
        if (vendor === 'hostway') expect(JSON.parse(text)).toMatchObject({ computeFault: { code: 413 } });
        else expect(text).toBe('');
      });
    }
  });
});

describe('round 2 #17: request targets and methods no operation can take', () => {
  it('round 2 #17: an absolute URL of another host → 400 in the vendor form; never Prism’s internal address', async () => {
    for (const vendor of ['katapult', 'hostway', 'scp'] as const) {
      await withMock(vendor, async (mock) => {
        const answer = await raw(mock, request('GET', 'http://api.example.test/x', vendor));
        expect(answer.status, vendor).toBe(400);
        expect(answer.body).not.toMatch(/127\.0\.0\.1/);
        if (vendor === 'katapult') expect(JSON.parse(answer.body).error.code).toBe('invalid_request_target');
        if (vendor === 'hostway') expect(JSON.parse(answer.body).computeFault.code).toBe(400);
        if (vendor === 'scp') expect(JSON.parse(answer.body)[0]).toMatchObject({ loc: ['path'], type_: 'value_error' });
      });
    }
  });

  it('round 2 #17: OPTIONS * → 400 in the vendor form', async () => {
    await withMock('hostway', async (mock) => {
      const answer = await raw(mock, request('OPTIONS', '*', 'hostway'));
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ computeFault: { code: 400 } });
    });
  });

  it('round 2 #17: an absolute URL naming the mock itself is served, as RFC 9112 asks of a server', async () => {
    await withMock('hostway', async (mock) => {
      const answer = await raw(mock, request('GET', `${mock.url}/flavors`, 'hostway'));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toHaveProperty('flavors');
    });
  });

  it('round 2 #17: TRACE → 405 with Allow (Hostway, SCP) or route_not_found (Katapult), not a 500', async () => {
    const expected = { katapult: 404, hostway: 405, scp: 405 } as const;
    for (const vendor of ['katapult', 'hostway', 'scp'] as const) {
      await withMock(vendor, async (mock) => {
        const answer = await raw(mock, request('TRACE', create[vendor], vendor));
        expect(answer.status, vendor).toBe(expected[vendor]);
        if (vendor !== 'katapult') expect(answer.headers.allow).toBe('GET, POST');
        else expect(JSON.parse(answer.body).error.code).toBe('route_not_found');
      });
    }
  });
});

describe('round 2 #18: malformed JSON in the vendor form, not Prism’s invalid_json', () => {
  const broken = '{"organization": {"id": ';

  it('round 2 #18: Katapult → 400 invalid_json_body in its envelope, the parser’s words in detail', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}${create.katapult}`, {
        method: 'POST',
        headers: { ...auth.katapult, ...json },
        body: broken,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('x-api-schema')).toBe('json-error');
      const body = (await response.json()) as { error: { code: string; detail: { details: string } } };
      expect(body.error.code).toBe('invalid_json_body');
      expect(body.error.detail.details).toMatch(/JSON/);
    });
  });

  it('round 2 #18: Hostway → 400 computeFault; SCP → its 400 list with value_error.jsondecode at ["body"]', async () => {
    await withMock('hostway', async (mock) => {
      const response = await fetch(`${mock.url}/servers`, {
        method: 'POST',
        headers: { ...auth.hostway, ...json },
        body: broken,
      });
      expect(response.status).toBe(400);
      const fault = (await response.json()) as { computeFault: { message: string; code: number } };
      expect(fault.computeFault.code).toBe(400);
      expect(fault.computeFault.message).toMatch(/^The request body is not valid JSON: /);
    });
    await withMock('scp', async (mock) => {
      const response = await fetch(`${mock.url}/v1/servers`, {
        method: 'POST',
        headers: { ...auth.scp, ...json },
        body: broken,
      });
      expect(response.status).toBe(400);
      const [failure] = (await response.json()) as { loc: string[]; type_: string }[];
      expect(failure).toMatchObject({ ctx: null, loc: ['body'], type_: 'value_error.jsondecode' });
    });
  });
});

describe('round 2 #19: a log function that throws', () => {
  it('round 2 #19: every request is still answered, nothing is left unhandled, and the failure is reported once', async () => {
    const warnings: Error[] = [];
    const unhandled: unknown[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('warning', onWarning);
    process.on('unhandledRejection', onUnhandled);
    const mock = await startMock('katapult', {
      log: () => {
        throw new Error('log sink is closed');
      },
    });
    try {
      for (const path of ['/data_centers', '/nope', '/data_centers']) {
        const response = await fetch(`${mock.url}${path}`, { headers: auth.katapult });
        expect([200, 404]).toContain(response.status);
      }
      // A request the mock fails on logs from its error path: that throw is caught too.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      await mock.close();
      process.off('unhandledRejection', onUnhandled);
    }
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(unhandled).toEqual([]);
    const ours = warnings.filter((warning) => /cloudspecs-mock: the log function threw/.test(warning.message));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.message).toMatch(/\(log sink is closed\)/);
  });
});

describe('the error forms are pure functions of what was asked (for the mock and a twin alike)', () => {
  it('the same input gives the same answer', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const vendor of ['katapult', 'hostway', 'scp', undefined] as const) {
      expect(notFound(vendor, { method: 'GET', path: '/x' }, id)).toEqual(
        notFound(vendor, { method: 'GET', path: '/x' }, id),
      );
      expect(methodNotAllowed(vendor, { method: 'PUT', path: '/x', allow: ['GET'] }, id)).toEqual(
        methodNotAllowed(vendor, { method: 'PUT', path: '/x', allow: ['GET'] }, id),
      );
      expect(badRequestTarget(vendor, { method: 'GET', target: '*' }, id).status).toBe(400);
      expect(payloadTooLarge(vendor, 10, id).status).toBe(413);
      expect(malformedJson(vendor, 'Unexpected end of JSON input', id).status).toBe(400);
    }
    expect(notFound(undefined, { method: 'GET', path: '/x' })).toMatchObject({
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  });
});
