/**
 * The site must work with no network: a page may link elsewhere (`<a href>`), but must not make the browser fetch
 * anything from another host — no CDN script, web font, stylesheet or image.
 */

const FETCHING_TAG = /<(script|link|img|iframe|frame|source|video|audio|embed|object|track|image|use)\b[^>]*>/gi;
const FETCHING_ATTRIBUTE = /\s(src|href|srcset|data|poster|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CSS_URL = /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi;
const CSS_IMPORT = /@import\s+["']((?:https?:)?\/\/[^"']+)/gi;
const REMOTE = /^\s*(?:https?:)?\/\//i;

/** Every URL on another host that the HTML (markup or inline CSS) would make a browser fetch. */
export function findFetchedUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(FETCHING_TAG)) {
    for (const match of tag.matchAll(FETCHING_ATTRIBUTE)) {
      const value = match[3] ?? match[4] ?? match[5] ?? '';
      const candidates =
        match[1]?.toLowerCase() === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      for (const candidate of candidates) if (REMOTE.test(candidate)) urls.add(candidate.trim());
    }
  }
  for (const match of html.matchAll(CSS_URL)) if (match[1]) urls.add(match[1]);
  for (const match of html.matchAll(CSS_IMPORT)) if (match[1]) urls.add(match[1]);
  return [...urls];
}

/**
 * Content-Security-Policy of the reference pages: scripts, styles, images and fonts only from the page itself, no
 * connection anywhere else. A future Redoc that tries to fetch something is refused by the browser, and the refusal
 * shows up as a console error in test/browser.test.ts.
 */
export const REFERENCE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Redoc 3 shows its "API docs by Redocly" logo as an <img> from its CDN; this is the same wordmark, inline. */
const REDOCLY_WORDMARK = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14" viewBox="0 0 56 14">' +
    '<text x="0" y="11" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#0044D4">Redocly</text></svg>',
).toString('base64')}`;
const REDOC_CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

/** A page written by `redocly build-docs --inlineBundle`, made to fetch nothing from another host. */
export function selfContained(html: string): string {
  const anchor = /<meta charset=[^>]*>\s*/i.exec(html) ?? /<head>\s*/i.exec(html);
  if (!anchor) throw new Error('the page written by redocly build-docs has no <head>');
  const at = anchor.index + anchor[0].length;
  // The empty icon keeps the browser from asking the server for /favicon.ico.
  const head = `<meta http-equiv="Content-Security-Policy" content="${REFERENCE_CSP}">\n  <link rel="icon" href="data:,">\n  `;
  return (html.slice(0, at) + head + html.slice(at)).replace(REDOC_CDN_LOGO, REDOCLY_WORDMARK);
}
