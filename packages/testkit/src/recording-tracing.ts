/**
 * A stand-in for the OpenTelemetry API that records the spans a client starts, for tests of a vendor package's own
 * part in tracing (its `openTelemetry` and table of operationIds, loaded lazily): `tracing: openTelemetry(options)`. The spans themselves are tested with OpenTelemetry's
 * SDK in the runtime (packages/runtime/test/tracing.test.ts).
 */
import type { OpenTelemetryApi, TracingOptions, TracingSpan } from '@cloudspecs/runtime';

export interface RecordedSpan {
  name: string;
  attributes: Record<string, string | number | boolean>;
  ended: boolean;
}

export function recordingTracing(): { options: TracingOptions; spans: RecordedSpan[] } {
  const spans: RecordedSpan[] = [];
  const api: OpenTelemetryApi = {
    trace: {
      getTracer: () => ({
        startSpan(name, options) {
          const recorded: RecordedSpan = { name, attributes: { ...options?.attributes }, ended: false };
          spans.push(recorded);
          const span: TracingSpan = {
            setAttribute: (key, value) => {
              recorded.attributes[key] = value;
            },
            addEvent: () => {},
            setStatus: () => {},
            recordException: () => {},
            isRecording: () => true,
            end: () => {
              recorded.ended = true;
            },
          };
          return span;
        },
      }),
      setSpan: (context) => context,
    },
    context: { active: () => ({}), with: (_context, fn) => fn() },
    propagation: { inject: () => {} },
  };
  return { options: { api }, spans };
}
