/** A traced Hostway client names its spans by the spec's operationIds, from a table it loads only when it traces. */
import { recordingTracing } from '@cloudspecs/testkit';
import { describe, expect, inject, it } from 'vitest';
import { Hostway, openTelemetry } from '../src/index.js';

describe('tracing', () => {
  it('one span per call, named hostway.<operationId>; the short form keeps its own operation', async () => {
    const { options: tracingOptions, spans } = recordingTracing();
    const tracing = openTelemetry(tracingOptions);
    const hostway = new Hostway({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      tracing,
    });
    await hostway.servers.listWithDetails();
    await hostway.client.GET('/servers');
    expect(spans.map((span) => [span.name, span.attributes['url.template'], span.ended])).toEqual([
      ['hostway.listServersWithDetailsForCurrentAccount', '/servers/detail', true],
      ['hostway.listServersForCurrentAccount', '/servers', true],
    ]);
  });
});
