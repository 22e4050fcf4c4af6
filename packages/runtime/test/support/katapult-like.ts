/** A small VendorProfile modelled on Katapult and the runtime's bearer scheme, for the runtime's tests. */
import type { ApiClient, CommonClientOptions } from '../../src/index.js';
import {
  type ApiClientConfig,
  type Authenticator,
  type RetryPolicy,
  type VendorProfile,
  bearerAuth,
  createApiClient,
} from '../../src/vendor-kit.js';
import type { paths } from './fixture-paths.js';

export const TOKEN = 'kt-SECRET-7f3a9c1e5b';

function errorObject(body: unknown): { code?: unknown; description?: unknown } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? error : undefined;
}

export const katapultLike: VendorProfile = {
  name: 'katapult',
  errorCode: (body) => {
    const code = errorObject(body)?.code;
    return typeof code === 'string' ? code : undefined;
  },
  errorMessage: (body) => {
    const description = errorObject(body)?.description;
    return typeof description === 'string' ? description : undefined;
  },
  notExecuted: (status, code) => status === 503 && code === 'service_unavailable',
  errorKind: (status, code) =>
    (status === 400 && code === 'missing_api_token') || (status === 403 && code === 'invalid_api_token')
      ? 'authentication'
      : undefined,
};

export function katapultError(code: string, description = `${code} happened`): { error: Record<string, unknown> } {
  return { error: { code, description, detail: {} } };
}

export interface CountingAuth extends Authenticator {
  /** How many attempts were signed. */
  applied: number;
}

/** The runtime's bearer scheme with the token of these tests, counting the attempts it signed. */
export function countingBearerAuth(token = TOKEN): CountingAuth {
  const bearer = bearerAuth(token, { vendor: 'katapult', option: 'token' });
  const auth: CountingAuth = {
    applied: 0,
    apply(request) {
      auth.applied++;
      return bearer.apply(request);
    },
    secrets: () => bearer.secrets(),
  };
  return auth;
}

export interface TestClient {
  client: ApiClient<paths>;
  auth: CountingAuth;
  /** The backoff waits the client asked for (the injected sleep returns at once). */
  delays: number[];
}

/** A client with instant, recorded backoff sleeps. */
export function testClient(
  options: CommonClientOptions & { baseUrl: string },
  extra: Partial<Omit<ApiClientConfig, 'options'>> & { retryPolicy?: Partial<RetryPolicy> } = {},
): TestClient {
  const auth = countingBearerAuth();
  const delays: number[] = [];
  const client = createApiClient<paths>({
    vendor: katapultLike,
    defaultBaseUrl: 'https://api.example.test',
    auth,
    ...extra,
    options,
    retryPolicy: {
      random: () => 0.5,
      sleep: async (ms, signal) => {
        delays.push(ms);
        if (signal.aborted) throw signal.reason;
      },
      ...extra.retryPolicy,
    },
  });
  return { client, auth, delays };
}
