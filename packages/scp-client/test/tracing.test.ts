/** A traced SCP client names its spans by the spec's operationIds, from a table it loads only when it traces. */
import { recordingTracing } from '@cloudspecs/testkit';
import { describe, expect, inject, it } from 'vitest';
import { openTelemetry, Scp } from '../src/index.js';

describe('tracing', () => {
  it('one span per call, named scp.<operationId>', async () => {
    const { options: tracingOptions, spans } = recordingTracing();
    const tracing = openTelemetry(tracingOptions);
    const scp = new Scp({
      accessKey: 'scp-test-access-key',
      secretKey: 'scp-test-secret-key',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      onWarning: () => {},
      tracing,
    });
    await scp.servers.list();
    expect(spans.map((span) => [span.name, span.attributes['cloudspecs.operation_id'], span.ended])).toEqual([
      ['scp.listVirtualServers', 'listVirtualServers', true],
    ]);
    expect(spans[0]?.attributes).toMatchObject({ 'http.request.method': 'GET', 'cloudspecs.vendor': 'scp' });
  });
});
