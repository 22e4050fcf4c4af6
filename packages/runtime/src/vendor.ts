import type { ErrorKind } from './error-kind.js';

/** What the runtime needs to know about one vendor's API. Written once per vendor package. */
export interface VendorProfile {
  /** 'katapult' | 'hostway' | 'scp': prefixes every error message and log line. */
  name: string;
  /**
   * The vendor's error code from a parsed error body (JSON, or the text when the body was not JSON):
   * Katapult `body.error.code`; Hostway the single top-level fault key, e.g. 'itemNotFound'; SCP `errors[0].code`.
   */
  errorCode(body: unknown): string | undefined;
  /** The vendor's human-readable message from a parsed error body. */
  errorMessage(body: unknown): string | undefined;
  /**
   * True when the vendor says the request was NOT executed (e.g. Katapult 503 `service_unavailable`), so it may be
   * retried even for POST and PATCH. A 429 is always treated as such a case without asking.
   */
  notExecuted?(status: number, code: string | undefined): boolean;
  /** Maps a vendor code to an error class, e.g. Katapult 400 `missing_api_token` -> 'authentication'. Wins over the status. */
  errorKind?(status: number, code: string | undefined): ErrorKind | undefined;
}

/**
 * What `Authenticator.apply` is given for one attempt: the method and the URL exactly as sent, and that attempt's own
 * headers to add credentials to. A `Request` has this shape too.
 */
export interface SignableRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/** Adds credentials to requests and lists the strings that must never show up in errors or logs. */
export interface Authenticator {
  /**
   * Adds credentials to one attempt. Called once per attempt, each with its own headers: a retry is re-signed (SCP
   * signatures carry a timestamp).
   */
  apply(request: SignableRequest): void | Promise<void>;
  /**
   * True when `apply` sets the same headers on every attempt and nothing else (a static bearer token, basic auth): the
   * runtime may then apply it to the request's own headers rather than to a copy made for each attempt.
   */
  readonly sameEveryAttempt?: boolean | undefined;
  /**
   * Every secret string (token, password, access key, secret key, and any derived header value like a Basic header or a
   * signature) that must never appear in an error, its JSON form, or a log line. Called each time such a text is built.
   */
  secrets(): readonly string[];
}

/**
 * A vendor hook's answer, or `undefined` when the hook throws: a hook that fails on a body it did not expect must not
 * turn a report (an error's code, a retry decision) into a crash.
 */
export function askVendor<T>(hook: () => T | undefined): T | undefined {
  try {
    return hook();
  } catch {
    return undefined;
  }
}
