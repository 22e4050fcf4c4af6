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

/**
 * A secret shorter than this is guessable, and occurs by chance inside ordinary words ("p" in "computeFault"): it is
 * redacted only where it stands alone. 8 is NIST SP 800-63B's least length of a password.
 */
export const GUESSABLE_LENGTH = 8;

/**
 * A word character: a letter, a digit or `_`. A short secret's form that begins (or ends) with one is part of a word
 * when a word character stands before (or after) it, and is left alone there; anything else (start or end of text,
 * space, punctuation, quotes, `=`, `&`, `:`, `/`) makes it stand alone, as `\\b` would say.
 */
const WORD = /[\p{L}\p{N}_]/u;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** The pattern of a short secret's form: not continuing a word on either side. */
function standingAlone(form: string): string {
  const chars = [...form];
  const before = WORD.test(chars[0] ?? '') ? NOT_WORD_BEFORE : '';
  const after = WORD.test(chars.at(-1) ?? '') ? NOT_WORD_AFTER : '';
  return `${before}${patternOf(form)}${after}`;
}

interface Matcher {
  /** Global, for replacing; `undefined` when there is no secret. */
  all: RegExp | undefined;
  /** The same pattern without the `g` flag, for testing. */
  any: RegExp | undefined;
  /** Every literal form, to find a cut-off start of one. */
  forms: string[];
  /**
   * What a secret is replaced by: `[REDACTED]`, unless a secret begins with its end or ends with its start (`]"`,
   * which a JSON string's closing quote after `[REDACTED]` would spell again): then a marker made of characters no
   * secret has.
   */
  marker: string;
  /** That marker, for a text in which `[REDACTED]` next to what is left could spell a secret again ("E", "D]"). */
  fallback: string;
}

/** Whether text placed right after or before `marker` could start or finish `form`. */
function overlaps(form: string, marker: string): boolean {
  for (let k = 1; k <= Math.min(form.length, marker.length); k++) {
    if (form.startsWith(marker.slice(-k)) || form.endsWith(marker.slice(0, k))) return true;
  }
  return false;
}

const matchers = new Map<string, Matcher>();

/** One matcher per list of secrets, kept while the list stays the same (it is built on every request otherwise). */
function matcherFor(secrets: readonly string[]): Matcher {
  const key = secrets.join('\u0000');
  let matcher = matchers.get(key);
  if (matcher) return matcher;
  const forms = secretForms(secrets);
  const source = forms.map(({ form, short }) => (short ? standingAlone(form) : patternOf(form))).join('|');
  const used = new Set(
    forms
      .map(({ form }) => form)
      .join('')
      .toLowerCase(),
  );
  const spare = ['*', '#', '~', '\u2588', '_', '^', '\u00b7'].find((c) => !used.has(c)) ?? '\u2591';
  matcher = {
    // `u`: \p{L} and \p{N} in the word boundaries of short secrets.
    all: source ? new RegExp(source, 'gu') : undefined,
    any: source ? new RegExp(source, 'u') : undefined,
    forms: forms.map(({ form }) => form),
    marker: forms.some(({ form }) => overlaps(form, REDACTED)) ? spare.repeat(3) : REDACTED,
    fallback: spare.repeat(3),
  };
  if (matchers.size >= 64) matchers.clear();
  matchers.set(key, matcher);
  return matcher;
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const { all, any, forms, marker, fallback } = matcherFor(secrets);
  const leaks = (value: string): boolean => any?.test(value) === true;
  const text = (value: string): string => {
    if (all === undefined || !leaks(value)) return value;
    const out = value.replace(all, marker);
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
            ? `${name}=${marker}`
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
 * `!'()*`, with `/` left as it is, as Python's `urllib.parse.quote` leaves it, and as `encodeURI` writes it), form-encoded,
 * JSON-escaped (also with `\/` and with `\uXXXX` escapes, as PHP and Python write it), JSON-escaped twice (a JSON
 * string quoted inside another), HTML-escaped and base64 (standard and URL-safe). Whitespace in a secret matches any
 * run of whitespace, as servers collapse or re-wrap it. Each form is `short` when its secret is shorter than
 * GUESSABLE_LENGTH (and no longer secret has the same form).
 */
function secretForms(secrets: readonly string[]): { form: string; short: boolean }[] {
  const forms = new Map<string, boolean>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    const short = [...secret].length < GUESSABLE_LENGTH;
    const add = (form: string) => forms.set(form, short && (forms.get(form) ?? true));
    add(secret);
    const encoded = encodeURIComponent(secret);
    add(encoded);
    add(encoded.replace(/%20/g, '+'));
    add(encoded.replace(/%2F/g, '/'));
    add(encodeURI(secret));
    // Stricter encoders also escape !'()* (RFC 3986), and URLSearchParams escapes all but *-._ and writes + for spaces.
    const strict = encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    add(strict);
    add(strict.replace(/%2F/g, '/'));
    add(new URLSearchParams({ s: secret }).toString().slice(2));
    const escaped = JSON.stringify(secret).slice(1, -1);
    add(escaped);
    add(escaped.replace(/\//g, '\\/'));
    const ascii = escaped.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    add(ascii);
    add(ascii.replace(/\//g, '\\/'));
    add(JSON.stringify(escaped).slice(1, -1));
    add(
      secret.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
      ),
    );
    const base64 = toBase64(secret).replace(/=+$/, '');
    add(base64);
    add(base64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // Longest first, so that a secret containing another secret is removed whole.
  return [...forms].map(([form, short]) => ({ form, short })).sort((a, b) => b.form.length - a.form.length);
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
    // The syntax characters of a `u` regular expression (where escaping `-` outside a class is an error).
    out += form[i]?.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') ?? '';
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
