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
