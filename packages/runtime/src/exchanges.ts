/**
 * The request behind each answer a client returned, so that an error built later about that answer
 * (`ApiError.from(result)`, a helper's ResponseParseError) names the request and is redacted with the secrets of the
 * client that sent it. One entry per answer, kept only as long as the `Response` is.
 */
import type { VendorProfile } from './vendor.js';

export interface Exchange {
  readonly vendor: VendorProfile | undefined;
  /** The method and raw URL as sent; the URL is redacted when a text is built from it. */
  readonly method: string;
  readonly url: string;
  /** How many attempts were made, retries included. */
  readonly attempts: number;
  /** The client's secrets as they are now. */
  secrets(): readonly string[];
}

const exchanges = new WeakMap<Response, Exchange>();

export function rememberExchange(response: Response, exchange: Exchange): void {
  exchanges.set(response, exchange);
}

export function exchangeOf(response: Response): Exchange | undefined {
  return exchanges.get(response);
}
