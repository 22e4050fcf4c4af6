/**
 * pnpm spec:compare <vendor>[@<document>] <vendor-document> [--json] [--root DIR]
 *
 * Compares our spec of <vendor> (the registry entry in redocly.yaml, bundled; for a vendor of several documents, the
 * one named after the `@`, e.g. `scp@vpc`, its first without one) with the vendor's published OpenAPI
 * document (a file path or an http(s) URL; JSON or YAML; OpenAPI 3.0 or 3.1): operations on one side only, and for each
 * shared operation its security, parameters, headers, content types, statuses, error codes, error bodies and request
 * and response fields (type, enum, nullability, required, format, constraints, additionalProperties), with a count per
 * category. Differences recorded in `x-departures` are listed apart as explained (specs/README.md).
 *
 * Exit status: 0 when every difference is explained, 1 when one is not, 2 when the command could not run.
 */
import { relative } from 'node:path';
import { loadRegistry } from './lib/registry.ts';
import { loadOurSpec, loadVendorDocument } from './lib/spec-compare/load.ts';
import { categoryTable, compareDocuments, renderText, summaryLine } from './lib/spec-compare/report.ts';
import { runTool, type ToolArguments } from './lib/tool-command.ts';

const usage = 'usage: pnpm spec:compare <vendor>[@<document>] <vendor-document (path or URL)> [--json]';

async function main({ positionals, json, root, cwd }: ToolArguments): Promise<number> {
  const [vendor, source] = positionals;
  if (!vendor || !source || positionals.length > 2) {
    console.error(`spec:compare: expected a vendor and a vendor document\n${usage}`);
    return 2;
  }

  const registry = await loadRegistry(root);
  const [vendorName, documentName] = vendor.split('@');
  const entry = registry.find((candidate) => candidate.vendor === vendorName);
  if (!entry) {
    console.error(
      `spec:compare: unknown vendor ${vendorName}; the registry (redocly.yaml) has ${registry.map((e) => e.vendor).join(', ')}`,
    );
    return 2;
  }
  // Each document is compared on its own, with the vendor's document of that service.
  const document =
    documentName === undefined ? entry.documents[0] : entry.documents.find((d) => d.name === documentName);
  if (!document) {
    console.error(
      `spec:compare: ${entry.vendor} has no document ${documentName}; its documents are ${entry.documents.map((d) => d.alias).join(', ')}`,
    );
    return 2;
  }
  const [ours, theirs] = await Promise.all([loadOurSpec(root, document.specPath), loadVendorDocument(source, cwd)]);
  const report = compareDocuments(ours, theirs, { ours: relative(root, document.specPath), vendor: source });
  if (json) {
    process.stdout.write(`${JSON.stringify({ vendor, document: source, ...report }, null, 2)}\n`);
    console.error([...categoryTable(report.summary), '', summaryLine(vendor, report.summary)].join('\n'));
  } else {
    process.stdout.write(renderText(vendor, report));
  }
  return report.summary.unexplained > 0 ? 1 : 0;
}

runTool('spec:compare', usage, main);
