import { ApiError, Katapult, NotFoundError, RateLimitError } from '@cloudspecs/katapult-client';

const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL });

try {
  const { virtual_machine } = await katapult.virtualMachines.get(
    { virtual_machine: { fqdn: 'web-01.acme.katapult.cloud' } },
    { timeout: 10_000, maxRetries: 1 }, // this call's options: timeout, maxRetries, signal, headers, maxResponseBytes
  );
  console.log(virtual_machine.state);
} catch (error) {
  if (error instanceof NotFoundError)
    console.log(`no such machine (${error.code})`); // virtual_machine_not_found
  else if (error instanceof RateLimitError) console.log(`retry in ${error.retryAfterMs} ms`);
  else if (error instanceof ApiError) console.log(error.status, error.code, error.message);
  else throw error; // ConnectionError, TimeoutError, AbortError, …
}
