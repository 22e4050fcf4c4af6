/** A traced Katapult client names its spans by the spec's operationIds, from a table it loads only when it traces. */
import { recordingTracing } from '@cloudspecs/testkit';
import { describe, expect, inject, it } from 'vitest';
import { createKatapultClient, Katapult, openTelemetry } from '../src/index.js';

describe('tracing', () => {
  it('resource and path layers: one span per call, named katapult.<operationId>', async () => {
    const { options: tracingOptions, spans } = recordingTracing();
    const tracing = openTelemetry(tracingOptions);
    const options = { token: 'kt-test-token', baseUrl: inject('mockUrl'), maxRetries: 0, tracing };
    await new Katapult(options).ipAddresses.create({
      organization: { sub_domain: 'acme' },
      network: { permalink: 'uk-lon-01-public' },
      version: 'ipv4',
    });
    await createKatapultClient(options).GET('/data_centers');
    expect(spans.map((span) => [span.name, span.attributes['cloudspecs.operation_id'], span.ended])).toEqual([
      ['katapult.createIpAddress', 'createIpAddress', true],
      ['katapult.listDataCenters', 'listDataCenters', true],
    ]);
    expect(spans[0]?.attributes).toMatchObject({
      'http.request.method': 'POST',
      'url.template': '/organizations/organization/ip_addresses',
      'http.response.status_code': 200,
      'cloudspecs.vendor': 'katapult',
    });
  });
});
