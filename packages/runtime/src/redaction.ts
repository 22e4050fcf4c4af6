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
  /**
   * The start of a text for an error message: redacted first, then whitespace collapsed and cut at `max`
   * characters. A cut never leaves the first characters (4 or more) of a secret behind.
   */
  snippet(value: string, max?: number): string;
}

/** Shortest start of a secret that a cut may not leave behind. */
const MIN_FRAGMENT = 4;

interface Matcher {
  /** Global, for replacing; `undefined` when there is no secret. */
  all: RegExp | undefined;
  /** The same pattern without the `g` flag, for testing. */
  any: RegExp | undefined;
  /** Every literal form, to find a cut-off start of one. */
  forms: string[];
  /** What a secret is replaced by when `[REDACTED]` could itself form a secret again (a secret such as "E"). */
  fallback: string;
}

const matchers = new Map<string, Matcher>();

/** One matcher per list of secrets, kept while the list stays the same (it is built on every request otherwise). */
function matcherFor(secrets: readonly string[]): Matcher {
  const key = secrets.join('\u0000');
  let matcher = matchers.get(key);
  if (matcher) return matcher;
  const forms = secretForms(secrets);
  const source = forms.map(patternOf).join('|');
  const used = new Set(forms.join('').toLowerCase());
  const spare = ['*', '#', '~', '\u2588', '_', '^', '\u00b7'].find((c) => !used.has(c)) ?? '\u2591';
  matcher = {
    all: source ? new RegExp(source, 'g') : undefined,
    any: source ? new RegExp(source) : undefined,
    forms,
    fallback: spare.repeat(3),
  };
  if (matchers.size >= 64) matchers.clear();
  matchers.set(key, matcher);
  return matcher;
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const { all, any, forms, fallback } = matcherFor(secrets);
  const leaks = (value: string): boolean => any?.test(value) === true;
  const text = (value: string): string => {
    if (all === undefined || !leaks(value)) return value;
    const out = value.replace(all, REDACTED);
    // "[REDACTED]" next to what is left could spell a secret again (a secret "D]" or "E"): then a marker made of
    // characters no secret has, which cannot.
    return leaks(out) ? value.replace(all, fallback) : out;
  };
  const isSecret = (value: string): boolean => secrets.includes(value) || leaks(value);

  const url = (value: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return text(value.replace(/\/\/[^/?#]*@/, '//'));
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

  const snippet = (value: string, max = 200): string => {
    const flat = text(value).replace(/\s+/g, ' ').trim();
    const cut = flat.length > max;
    return `${withoutSecretStart(cut ? flat.slice(0, max) : flat, forms)}${cut ? '…' : ''}`;
  };

  return { text, url, value: (value) => redactValue(value, 0), leaks, snippet };
}

/** `text` without a trailing start of a secret (at least MIN_FRAGMENT characters), as a cut may leave one. */
function withoutSecretStart(text: string, forms: readonly string[]): string {
  let end = text.length;
  for (const form of forms) {
    for (let length = Math.min(form.length - 1, end); length >= MIN_FRAGMENT; length--) {
      if (text.endsWith(form.slice(0, length), end)) {
        end -= length;
        break;
      }
    }
  }
  return text.slice(0, end);
}

/**
 * Every form in which a secret can show up in text we build: raw, percent-encoded (either case, with or without
 * `!'()*`), form-encoded,
 * JSON-escaped (also with `\/` and with `\uXXXX` escapes, as PHP and Python write it), JSON-escaped twice (a JSON
 * string quoted inside another), HTML-escaped and base64 (standard and URL-safe). Whitespace in a secret matches any
 * run of whitespace, as servers collapse or re-wrap it.
 */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    forms.add(secret);
    const encoded = encodeURIComponent(secret);
    forms.add(encoded);
    forms.add(encoded.replace(/%20/g, '+'));
    // Stricter encoders also escape !'()* (RFC 3986), and URLSearchParams escapes all but *-._ and writes + for spaces.
    const strict = encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    forms.add(strict);
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    const escaped = JSON.stringify(secret).slice(1, -1);
    forms.add(escaped);
    forms.add(escaped.replace(/\//g, '\\/'));
    const ascii = escaped.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    forms.add(ascii);
    forms.add(ascii.replace(/\//g, '\\/'));
    forms.add(JSON.stringify(escaped).slice(1, -1));
    forms.add(
      secret.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
      ),
    );
    const base64 = toBase64(secret).replace(/=+$/, '');
    forms.add(base64);
    forms.add(base64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // Longest first, so that a secret containing another secret is removed whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/** A regular expression source matching `form`: hex digits of escapes in either case, whitespace as any run of it. */
function patternOf(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; ) {
    const encoded = /^(%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})/.exec(form.slice(i, i + 6))?.[0];
    if (encoded) {
      out += encoded
        .replace(/\\/g, '\\\\')
        .replace(/[0-9A-Fa-f]/g, (c) => (/\d/.test(c) ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
      i += encoded.length;
      continue;
    }
    const space = /^\s+/.exec(form.slice(i))?.[0];
    if (space) {
      out += '\\s+';
      i += space.length;
      continue;
    }
    out += form[i]?.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&') ?? '';
    i++;
  }
  return out;
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
