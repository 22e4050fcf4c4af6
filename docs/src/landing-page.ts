/**
 * site/index.html: one card per vendor API. Plain HTML and inline CSS: nothing is fetched from anywhere. Its install
 * commands and first call are the READMEs' own: scripts/lib/install.ts and the vendor's examples/<vendor>-first-call.ts.
 */

export interface SiteApi {
  vendor: string;
  title: string;
  version: string;
  summary: string;
  operationCount: number;
  packageName: string;
  /** how to install it, as the package README says (scripts/lib/install.ts): a note (HTML, may be empty) and commands */
  install: { noteHtml: string; commands: readonly string[] };
  /** the source of its first call: examples/<vendor>-first-call.ts, as the READMEs show it */
  firstCall: string;
  /** relative links from index.html */
  referenceHref: string;
  specYamlHref: string;
  specJsonHref: string;
}

/** The landing page loads nothing at all: no script, and only its own inline style. */
export const LANDING_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

/** The start of a page of the site, to its `</head>`: offline (the CSP above) with one inline style. */
export function pageHead(title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${LANDING_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>`;
}

export function renderLandingPage(apis: readonly SiteApi[]): string {
  const cards = apis.map(renderApi).join('\n');
  return `${pageHead('cloudspecs — API reference', STYLE)}
<body>
<header>
<h1>cloudspecs</h1>
<p>Typed TypeScript clients for cloud-provider APIs, generated from OpenAPI documents written by hand. Each API below has
a reference built from its spec, the bundled spec to download, and a client package whose paths, parameters, bodies and
responses are typed from that same spec.</p>
<p><a class="guide" href="guide/">Usage guide</a>: install, credentials, the two layers, errors, retries and
timeouts, pagination and waiting, logging, testing with the mock.</p>
</header>
<main>
${cards}
</main>
<footer><p>Built from the specs in <code>specs/</code>. The code samples in each reference are generated from the spec's
examples.</p></footer>
</body>
</html>
`;
}

function renderApi(api: SiteApi): string {
  const id = escapeHtml(api.vendor);
  return `<section class="api" id="${id}" data-vendor="${id}">
<h2><a href="${escapeHtml(api.referenceHref)}">${escapeHtml(api.title)}</a> <span class="version">version ${escapeHtml(api.version)}</span></h2>
<p>${escapeHtml(api.summary)}</p>
<p class="links"><a class="reference" href="${escapeHtml(api.referenceHref)}">API reference</a> (${api.operationCount} operations)
· spec: <a class="spec-yaml" href="${escapeHtml(api.specYamlHref)}" download>openapi.yaml</a>
· <a class="spec-json" href="${escapeHtml(api.specJsonHref)}" download>openapi.json</a></p>
<h3>Install</h3>
${api.install.noteHtml ? `<div class="install-note">${api.install.noteHtml}</div>\n` : ''}<pre class="install"><code>${escapeHtml(api.install.commands.join('\n'))}</code></pre>
<h3>First call</h3>
<pre class="first-call"><code>${escapeHtml(api.firstCall)}</code></pre>
</section>`;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6475; --bg: #fff; --card: #f6f7f9; --accent: #2557c7; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8ec; --muted: #a2a9b6; --bg: #14161b; --card: #1e2128; --accent: #7aa2ff; } }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; }
h1 { margin: 0 0 .5rem; }
h2 { margin: 0 0 .25rem; font-size: 1.35rem; }
h3 { margin: 1rem 0 .25rem; font-size: 1rem; color: var(--muted); }
a { color: var(--accent); }
.version { font-size: .9rem; font-weight: normal; color: var(--muted); }
.api { background: var(--card); border-radius: .5rem; padding: 1.25rem; margin: 1.25rem 0; }
pre { overflow-x: auto; padding: .75rem; border-radius: .375rem; background: var(--bg); font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
footer { color: var(--muted); font-size: .875rem; padding-bottom: 2rem; }
`;
