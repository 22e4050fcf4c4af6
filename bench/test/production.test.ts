/**
 * The production-options rows compare like with like only if every variant makes the seed call and gets its answer:
 * checked on a fake `fetch`, with what each variant sent. No timing here: the figures are `pnpm bench`'s.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, FLOOR, type FetchLike } from '../src/peers.js';
import { callsWith } from '../src/production.js';
import { seedOf } from '../src/requests.js';

describe('production options', () => {
  it('every variant (tracing with and without an SDK, a limiter, both) sends the seed POST and gets its answer', async () => {
    const seed = seedOf('katapult');
    const sent: { url: string; body: string; traceparent: string | null }[] = [];
    const fetch: FetchLike = async (input, init) => {
      const request = new Request(input, init);
      sent.push({ url: request.url, body: await request.text(), traceparent: request.headers.get('traceparent') });
      return new Response(seed.answer, { status: seed.status, headers: { 'content-type': 'application/json' } });
    };
    const calls = await callsWith('http://127.0.0.1:9', fetch);
    expect(Object.keys(calls)).toEqual([
      FLOOR,
      CLIENT,
      'tracing, no SDK registered',
      'tracing, spans recorded',
      'rate limiter, limits not reached',
      'rate limiter and spans recorded',
    ]);
    sent.length = 0;
    for (const call of Object.values(calls)) expect(JSON.stringify(await call())).toBe(seed.answer);
    expect(new Set(sent.map((s) => `${s.url} ${s.body}`)).size).toBe(1);
    // No propagator is registered in the bench: tracing adds no header, so every variant sends the same bytes.
    expect(sent.every((s) => s.traceparent === null)).toBe(true);
  });
});
