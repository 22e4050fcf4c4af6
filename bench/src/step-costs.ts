/**
 * Where a cloudspecs call's time goes: each step the runtime takes per request that plain openapi-fetch does not,
 * timed alone in alternating rounds (the cost of the Web API objects and of the runtime's own helpers on this Node).
 * It explains the client-only and request-overhead ratios; it sets no budget.
 */
import { performance } from 'node:perf_hooks';
// Internal on purpose: redaction is not public API, but its per-request cost is what is measured here.
import { createRedactor } from '../node_modules/@cloudspecs/runtime/dist/redaction.js';
import { table } from './report.js';
import { benchCredentials, seedOperations } from './seed-operations.js';
import { median } from './stats.js';

interface Step {
  name: string;
  who: string;
  run: () => unknown;
  /** The step this one adds to: its time is taken off, leaving this step's own cost. */
  adds?: string;
}

export async function stepCosts(options = { rounds: 5, iterations: 2000 }): Promise<string> {
  const seed = seedOperations().katapult;
  const url = `http://127.0.0.1:9${seed.basePath}${seed.urlPath}`;
  const body = JSON.stringify(seed.requestBody);
  const answer = JSON.stringify(seed.answer);
  const init: RequestInit = {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${benchCredentials.katapult.token}` },
    redirect: 'manual',
  };
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(benchCredentials.scp.secretKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const message = new TextEncoder().encode(`POST${url}1764000000000${benchCredentials.scp.accessKey}Openapi`);
  // What SCP's authenticator reports as secrets once it has signed a few requests: both keys and 8 signatures.
  const signatures: string[] = [];
  for (let i = 0; i < 8; i++) {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${i}`)));
    signatures.push(btoa(String.fromCharCode(...mac)));
  }
  const scpSecrets = [benchCredentials.scp.accessKey, benchCredentials.scp.secretKey, ...signatures];
  const katapultSecrets = [benchCredentials.katapult.token];
  const jsonHeaders = { 'content-type': 'application/json' };

  const read = (request: Request) => request.arrayBuffer();
  const direct = 'a POST Request with the JSON body, built and its body read, as `fetch(url, init)` does';
  const rewrapped =
    '… built from another Request (`fetch(request)`): the body is piped through an identity TransformStream';
  const steps: Step[] = [
    { name: direct, who: 'raw fetch', run: () => read(new Request(url, init)) },
    {
      name: rewrapped,
      who: 'openapi-fetch (on top of the row above)',
      run: () => read(new Request(new Request(url, init))),
      adds: direct,
    },
    {
      name: '… and before that, per attempt, `request.clone()` and `new Request(clone, { signal })`: a tee and a second TransformStream',
      who: 'runtime (on top of the row above)',
      run: () =>
        read(new Request(new Request(new Request(url, init).clone(), { signal: new AbortController().signal }))),
      adds: rewrapped,
    },
    {
      name: '`await response.text()` of a small JSON Response',
      who: 'runtime reads it in the attempt; openapi-fetch reads it again',
      run: () => new Response(answer, { status: 200, headers: jsonHeaders }).text(),
    },
    {
      name: '`new Response(text, { status, headers })` + defineProperties (withBody)',
      who: 'runtime, per response',
      run: () => {
        const original = new Response(null, { status: 200, headers: jsonHeaders });
        const copy = new Response(answer, { status: 200, statusText: '', headers: original.headers });
        return Object.defineProperties(copy, { url: { value: url }, redirected: { value: false } });
      },
    },
    {
      name: '`createRedactor(secrets).url(url)`, 1 secret (Katapult token)',
      who: 'runtime, per request, even with logging off',
      run: () => createRedactor(katapultSecrets).url(url),
    },
    {
      name: '`createRedactor(secrets).url(url)`, 10 secrets (SCP keys + 8 remembered signatures)',
      who: 'runtime, per request, even with logging off',
      run: () => createRedactor(scpSecrets).url(url),
    },
    { name: '`new URL(url)` (credential transport check)', who: 'runtime, per request', run: () => new URL(url) },
    {
      name: '`crypto.subtle.sign` HMAC-SHA256 of the signing string',
      who: 'SCP authenticator, per attempt',
      run: () => crypto.subtle.sign('HMAC', key, message),
    },
    {
      name: 'AbortController, setTimeout/clearTimeout, add/remove abort listeners',
      who: 'runtime, per attempt',
      run: () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        const onAbort = () => {};
        controller.signal.addEventListener('abort', onAbort, { once: true });
        controller.signal.removeEventListener('abort', onAbort);
        clearTimeout(timer);
      },
    },
  ];

  const figures = new Map<string, number[]>(steps.map((step) => [step.name, []]));
  for (let round = 0; round < options.rounds + 1; round++) {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[(round + i) % steps.length] as Step;
      const started = performance.now();
      for (let n = 0; n < options.iterations; n++) await step.run();
      const ns = ((performance.now() - started) * 1e6) / options.iterations;
      if (round > 0) figures.get(step.name)?.push(ns);
    }
  }
  return table(
    ['step', 'who pays it', 'per call'],
    steps.map((step) => {
      const ns = median(figures.get(step.name) ?? []) - (step.adds ? median(figures.get(step.adds) ?? []) : 0);
      return [step.name, step.who, `${(ns / 1000).toFixed(1)} µs`];
    }),
    ['l', 'l', 'r'],
  );
}
