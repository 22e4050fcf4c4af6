/**
 * pnpm spec:drift <reports.jsonl>… [--json] [--root DIR]
 *
 * Reads drift reports collected from clients run with `validate: 'report'` (one JSON report a line, as `onDrift` gives
 * them, or log entries carrying one as `drift`) and prints, per spec file under specs/ and per line in it, what to
 * change so the spec says what the API does: the same difference reported many times is one finding, with the
 * operations it was seen in and how often. Reports made against another version of a spec are looked up in the
 * current one, and said to be.
 *
 * Exit status: 0 when every line was read (whatever the reports say), 1 when a line is not a report, 2 when the
 * command could not run.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadRegistry } from './lib/registry.ts';
import { loadOurSpec } from './lib/spec-compare/load.ts';
import { findingsOf, renderFindings } from './lib/spec-drift/advice.ts';
import { type DriftReport, readReports } from './lib/spec-drift/reports.ts';
import { SourceMap } from './lib/spec-drift/source-map.ts';
import { runTool, type ToolArguments } from './lib/tool-command.ts';
import { specId } from './lib/validators.ts';

const usage = 'usage: pnpm spec:drift <reports.jsonl>… [--json]';

async function main({ positionals, json, root, cwd }: ToolArguments): Promise<number> {
  if (positionals.length === 0) {
    console.error(`spec:drift: name the file(s) of reports\n${usage}`);
    return 2;
  }

  const reports: DriftReport[] = [];
  const problems: string[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(`spec:drift: cannot read ${file}${code ? ` (${code})` : ''}`);
      return 2;
    }
    const read = readReports(text, file);
    reports.push(...read.reports);
    problems.push(...read.problems);
  }

  const registry = await loadRegistry(root);
  const notes: string[] = [];
  const sourceMaps = new Map<string, SourceMap>();
  for (const vendor of [...new Set(reports.map((report) => report.vendor))].sort()) {
    const theirs = reports.filter((report) => report.vendor === vendor);
    const entry = registry.find((candidate) => candidate.vendor === vendor);
    if (!entry) {
      notes.push(
        `${vendor}: not in the registry (redocly.yaml has ${registry.map((e) => e.vendor).join(', ')}); its ${theirs.length} report(s) are left out.`,
      );
      continue;
    }
    const bundled = await loadOurSpec(root, entry.specPath);
    sourceMaps.set(vendor, new SourceMap(root, entry.specPath, bundled));
    const current = specId(bundled);
    const others = theirs.filter((report) => report.spec !== undefined && report.spec !== current);
    if (others.length > 0) {
      const versions = [...new Set(others.map((report) => report.spec))].join(', ');
      notes.push(
        `${vendor}: ${others.length} of ${theirs.length} report(s) were made against another version of the spec (${versions}; now ${current}): their places are looked up in the current one.`,
      );
    }
  }
  const known = reports.filter((report) => sourceMaps.has(report.vendor));
  const findings = findingsOf(known, sourceMaps);

  if (json) {
    console.log(JSON.stringify({ reports: reports.length, findings, notes, problems }, null, 2));
  } else {
    const files = positionals.join(', ');
    console.log(
      `spec:drift: ${reports.length} report(s) from ${files}: ${findings.length} difference(s) from the specs.\n`,
    );
    for (const note of notes) console.log(`${note}\n`);
    if (findings.length > 0) console.log(renderFindings(findings));
  }
  for (const problem of problems) console.error(`spec:drift: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

runTool('spec:drift', usage, main);
