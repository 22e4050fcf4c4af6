/**
 * The peers table compares like with like only if every column makes the same call: these check, on a fake `fetch`,
 * that each sends the client's URL, method, body and headers, and that each peer said to have retries retries the
 * seed POST on a 429, as the client does. No timing here: the figures are `pnpm bench`'s.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, COLUMNS, type FetchLike, PEERS } from '../src/peers.js';
import { callsFor, seedOf } from '../src/requests.js';
import { VENDORS } from '../src/vendors.js';

const ORIGIN = 'http://127.0.0.1:9';
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fake `fetch` that records what it was sent and answers with `answer(count)`, count being its calls so far. */
function recording(answer: (count: number) => Response) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const text = await request.text();
    sent.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: JSON.parse(text),
    });
    return answer(sent.length);
  };
  return { sent, fetch };
}

describe.each(VENDORS)('%s seed POST', (vendor) => {
  const seed = seedOf(vendor);
  const ok = () => new Response(seed.answer, { status: seed.status, headers: JSON_HEADERS });

  it('every column sends the URL, method, body and headers the client sends', async () => {
    const { sent, fetch } = recording(ok);
    const { calls, headers } = await callsFor(seed, ORIGIN, fetch);
    expect(Object.keys(calls)).toEqual(COLUMNS);
    for (const [name, call] of Object.entries(calls)) {
      sent.length = 0;
      await call();
      expect(sent, name).toHaveLength(1);
      const [request] = sent as [Sent];
      expect(request.method, name).toBe('POST');
      expect(request.url, name).toBe(`${ORIGIN}${seed.url}`);
      expect(request.body, name).toEqual(seed.init.body);
      // The client signs each request anew (SCP's timestamp and signature change): it must send the same names.
      if (name === CLIENT)
        expect(Object.keys(request.headers), name).toEqual(expect.arrayContaining(Object.keys(headers)));
      else expect(request.headers, name).toMatchObject(headers);
    }
  });

  it('every column serialises the body on each call, as a caller sending a new object would have it', async () => {
    const { sent, fetch } = recording(ok);
    const own = { ...seed, init: { ...seed.init, body: structuredClone(seed.init.body) as Record<string, unknown> } };
    const { calls } = await callsFor(own, ORIGIN, fetch);
    own.init.body.changed_since_setup = true;
    for (const [name, call] of Object.entries(calls)) {
      sent.length = 0;
      await call();
      expect(sent[0]?.body, name).toEqual(own.init.body);
    }
  });

  const retrying = [...PEERS.filter((peer) => peer.timeoutAndRetries).map((peer) => peer.name), CLIENT];
  it.each(retrying)('%s retries the POST once on a 429 and gets the answer', async (name) => {
    let failFirst = false;
    const { sent, fetch } = recording((count) =>
      failFirst && count === 1
        ? new Response('{"error":"rate limited"}', {
            status: 429,
            headers: { ...JSON_HEADERS, 'retry-after': '0', 'retry-after-ms': '1' },
          })
        : ok(),
    );
    const { calls } = await callsFor(seed, ORIGIN, fetch);
    sent.length = 0;
    failFirst = true;
    const answer = await calls[name]?.();
    expect(JSON.stringify(answer)).toBe(seed.answer);
    expect(sent).toHaveLength(2);
  });
});
