/**
 * Removing credentials from every piece of text the runtime builds out of request or response data.
 *
 * The secrets come from `Authenticator.secrets()` and are read when a text is built, not when the client is created,
 * because token functions may refresh. A server may echo a token back in its body, so bodies are redacted too.
 */

export const REDACTED = '[REDACTED]';

/** Query parameters whose value is a credential whatever the secrets list says (presigned URLs, API keys in URLs). */
const CREDENTIAL_QUERY_PARAM =
  /^(access_?token|api_?key|apikey|token|password|passwd|secret|client_secret|signature|x-amz-signature|sig)$/i;

/** Redacts text, URLs and parsed bodies against one reading of the secrets. */
export interface Redactor {
  text(value: string): string;
  url(value: string): string;
  /** A deep copy of a parsed body (or any JSON-like value) with every secret removed from keys and strings. */
  value(value: unknown): unknown;
  /** True when the text contains a secret in any of the forms `text()` removes. */
  leaks(value: string): boolean;
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const needles = secretForms(secrets);
  const text = (value: string): string => {
    let out = value;
    for (const needle of needles) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    return out;
  };
  const leaks = (value: string): boolean => needles.some((needle) => value.includes(needle));
  const isSecret = (value: string): boolean => secrets.includes(value) || leaks(value);

  const url = (value: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return text(value);
    }
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    if (parsed.search.length > 1) {
      const parts = parsed.search
        .slice(1)
        .split('&')
        .map((part) => {
          const eq = part.indexOf('=');
          if (eq === -1) return part;
          const name = part.slice(0, eq);
          const raw = part.slice(eq + 1);
          return CREDENTIAL_QUERY_PARAM.test(safeDecode(name)) || isSecret(safeDecode(raw))
            ? `${name}=${REDACTED}`
            : part;
        });
      parsed.search = `?${parts.join('&')}`;
    }
    return text(parsed.toString());
  };

  const redactValue = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > 32) return REDACTED;
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[text(key)] = redactValue(item, depth + 1);
    return out;
  };

  return { text, url, value: (value) => redactValue(value, 0), leaks };
}

/** Every form in which a secret can show up in text we build: raw, percent-encoded, form-encoded, JSON-escaped. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    forms.add(secret);
    const encoded = encodeURIComponent(secret);
    forms.add(encoded);
    forms.add(encoded.replace(/%20/g, '+'));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so that a secret containing another secret is removed whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
