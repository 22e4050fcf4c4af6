/** The mock's twin tests' one way to call a twin: a plain request to `twin.fetch` (no client), its answer read back. */
import type { Twin } from '../../src/twin/index.js';

export interface TwinAnswer {
  status: number;
  headers: Headers;
  /** the parsed JSON body; the text when it is not JSON; undefined when there is none */
  // biome-ignore lint/suspicious/noExplicitAny: the tests read answers of many shapes, each checked by its assertions
  body: any;
}

export type TwinCall = (
  twin: Twin,
  method: string,
  target: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<TwinAnswer>;

/** `call(twin, method, target, body?, headers?)`, sending `credentials` unless told other headers. */
export function twinCaller(credentials: Record<string, string>): TwinCall {
  return async (twin, method, target, body, headers = credentials) => {
    const response = await twin.fetch(`http://twin.test${target}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text === '' ? undefined : text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, body: parsed };
  };
}
