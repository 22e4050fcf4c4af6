import { Katapult, RateLimiter } from '@cloudspecs/katapult-client';

// One limiter for every client that uses the same token. Katapult counts each kind of request per minute.
const rateLimiter = new RateLimiter({
  maxInFlight: 4, // across all classes
  classes: { write: { maxPerInterval: 60, intervalMs: 60_000 } }, // 'read' (GET) and 'write' by default
  onRateLimit: ({ method, url, retryAfterMs, retryCount }) => {
    console.warn(`${method} ${url} rate limited: sending it again in ${retryAfterMs} ms`);
    return retryCount < 5; // false: the caller gets the RateLimitError
  },
});
const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL, rateLimiter });

// A bulk job: the limiter queues the creates (at most 60 a minute); a 429 holds back the other writes with it.
const created = await Promise.all(
  Array.from({ length: 6 }, () =>
    katapult.ipAddresses.create({
      organization: { sub_domain: 'acme' },
      network: { permalink: 'uk-lon-01-public' },
      version: 'ipv4',
    }),
  ),
);
console.log(`${created.length} addresses, ${rateLimiter.inFlight} requests in flight`); // 6 addresses, 0 requests in flight
