import { Katapult, openTelemetry } from '@cloudspecs/katapult-client';
import * as api from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

// Once at start-up (or the NodeSDK of @opentelemetry/sdk-node), with your exporter (OTLP to your collector).
const exporter = new InMemorySpanExporter();
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).register(); // + W3C traceparent

// The client is handed the API you installed; a bundle without openTelemetry() holds none of the tracing code.
const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL, tracing: openTelemetry({ api }) });

await api.trace.getTracer('provisioning').startActiveSpan('allocate an address', async (job) => {
  await katapult.ipAddresses.create({
    organization: { sub_domain: 'acme' },
    network: { permalink: 'uk-lon-01-public' },
    version: 'ipv4',
  });
  job.end();
});

const [call, job] = exporter.getFinishedSpans(); // the client's span ends first
console.log(call?.name, call?.attributes['url.full'], call?.attributes['http.response.status_code']);
// katapult.createIpAddress https://api.katapult.io/core/v1/organizations/organization/ip_addresses 200
console.log(call?.parentSpanContext?.spanId === job?.spanContext().spanId); // true: a child of the job's span
