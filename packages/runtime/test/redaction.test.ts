import { describe, expect, test } from 'vitest';
import { createRedactor } from '../src/redaction.js';

const SECRET = 'tok/en+with space&=';
const redactor = createRedactor([SECRET, 'short', 'pa55word']);

describe('redactor.url', () => {
  test('userinfo is stripped', () => {
    expect(redactor.url('https://admin:hunter2@api.example.test/v1/items')).toBe('https://api.example.test/v1/items');
  });

  test('a query parameter whose value is a secret is replaced, percent- or form-encoded', () => {
    const url = `https://api.example.test/items?page=2&t=${encodeURIComponent(SECRET)}&u=${new URLSearchParams({ x: SECRET }).toString().slice(2)}`;
    expect(redactor.url(url)).toBe('https://api.example.test/items?page=2&t=[REDACTED]&u=[REDACTED]');
  });

  test('credential-named query parameters are replaced whatever their value', () => {
    expect(redactor.url('https://api.example.test/x?api_key=abc&access_token=def&signature=ghi&q=ok')).toBe(
      'https://api.example.test/x?api_key=[REDACTED]&access_token=[REDACTED]&signature=[REDACTED]&q=ok',
    );
  });

  test('a secret in the path is replaced and the fragment dropped', () => {
    expect(redactor.url('https://api.example.test/tokens/pa55word#frag')).toBe(
      'https://api.example.test/tokens/[REDACTED]',
    );
  });

  test('text that is not a URL is still redacted', () => {
    expect(redactor.url('not a url with pa55word')).toBe('not a url with [REDACTED]');
  });
});

describe('redactor.text and redactor.value', () => {
  test('every occurrence is replaced, longest secret first', () => {
    const both = createRedactor(['abc', 'abcdef']);
    expect(both.text('x abcdef y abc')).toBe('x [REDACTED] y [REDACTED]');
  });

  test('the JSON-escaped form of a secret is replaced too', () => {
    const quoted = createRedactor(['a"b\\c']);
    expect(quoted.text(JSON.stringify({ token: 'a"b\\c' }))).toBe('{"token":"[REDACTED]"}');
  });

  test('empty secrets are ignored (they would match everywhere)', () => {
    expect(createRedactor(['', 'x1']).text('abc x1')).toBe('abc [REDACTED]');
  });

  test('parsed bodies are redacted deeply, keys included, without touching the original', () => {
    const body = { error: { detail: ['ok', `Bearer ${SECRET}`], [SECRET]: 1, n: 2 } };
    expect(redactor.value(body)).toEqual({ error: { detail: ['ok', 'Bearer [REDACTED]'], '[REDACTED]': 1, n: 2 } });
    expect(body.error.detail[1]).toBe(`Bearer ${SECRET}`);
  });
});

describe('round 2 #14: a secret percent-encoded with "/" left as it is', () => {
  // Python's urllib.parse.quote keeps "/" by default (safe='/') and escapes !'()*; JavaScript's encodeURI keeps it too.
  const pythonQuote = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%2F/g, '/');
  const signature = 'kT9/mQ+x2bZ/Ra==';
  const token = "tok/en!with'(parens)*";

  test('a base64 signature echoed as Python quote() writes it is redacted', () => {
    const echoed = pythonQuote(signature);
    expect(echoed).toBe('kT9/mQ%2Bx2bZ/Ra%3D%3D');
    expect(createRedactor([signature]).text(`bad signature ${echoed} for request`)).toBe(
      'bad signature [REDACTED] for request',
    );
  });

  test('a token with "/" and !\'()* echoed as quote() or encodeURI() writes it is redacted, lower-case hex too', () => {
    const r = createRedactor([token]);
    for (const echoed of [pythonQuote(token), pythonQuote(token).toLowerCase(), encodeURI(token)]) {
      expect(r.text(`got ${echoed}.`)).toBe('got [REDACTED].');
    }
  });
});

describe('round 2 #15: a secret too short to be guessable is redacted only where it stands alone', () => {
  const p = createRedactor(['p']);

  test('a one-character password leaves words and URLs alone', () => {
    expect(p.text('hostway: GET https://api.hostway.test/servers answered 500 computeFault')).toBe(
      'hostway: GET https://api.hostway.test/servers answered 500 computeFault',
    );
    expect(p.url('https://api.example.test/p/items?page=2')).toBe('https://api.example.test/[REDACTED]/items?page=2');
  });

  test('where it stands alone it is redacted: a token, a header value, a quoted string, a URL query value', () => {
    expect(p.text('password p rejected')).toBe('password [REDACTED] rejected');
    expect(p.text('{"password":"p"}')).toBe('{"password":"[REDACTED]"}');
    expect(p.text("password 'p'")).toBe("password '[REDACTED]'");
    expect(p.text('x-echo: p')).toBe('x-echo: [REDACTED]');
    expect(p.url('https://api.example.test/items?q=p&r=apple')).toBe(
      'https://api.example.test/items?q=[REDACTED]&r=apple',
    );
    expect(p.url('https://u:p@api.example.test/')).toBe('https://api.example.test/');
  });

  test('its encoded forms follow the same rule', () => {
    const short = createRedactor(['a b']);
    expect(short.text('x=a%20b&y=za%20bz')).toBe('x=[REDACTED]&y=za%20bz');
  });

  test('leaks() agrees: a short secret inside a word is no leak', () => {
    expect(p.leaks('computeFault')).toBe(false);
    expect(p.leaks('the p')).toBe(true);
  });

  test('a secret of 8 characters or more is redacted anywhere, inside words too', () => {
    const long = createRedactor(['hunter22']);
    expect(long.text('xhunter22x')).toBe('x[REDACTED]x');
  });
});

describe('round 2: the marker never spells a secret once the text is serialised', () => {
  test('a secret `]"` (the end of [REDACTED] and a JSON quote) is replaced by a marker of other characters', () => {
    const r = createRedactor([']"']);
    const out = r.text('Invalid credentials: ]"');
    expect(JSON.stringify({ message: out })).not.toContain(']"');
    expect(out).not.toContain(']"');
  });
});
