/**
 * What to change in the specs for a set of drift reports: the same difference reported many times (by many clients,
 * for several operations sharing a schema) is one finding; each finding is placed at the file and line of the spec
 * that says otherwise (the `required` list for a missing property, the `enum` for a new value, the object for a new
 * property, the operation's `responses` for a new status), with the change that would make the spec say what the API
 * does.
 */
import type { DriftReport } from './reports.ts';
import { escapePointer, pointerSegments, type SourceMap, type SourcePlace } from './source-map.ts';

export interface Finding {
  vendor: string;
  kind: DriftReport['kind'];
  severity: 'new' | 'error';
  /** The place in the body (`/task/name`). */
  pointer: string;
  expected: string;
  seen: string;
  /** The schema in the bundled spec the report names. */
  schema: string;
  /** How many reports said it. */
  count: number;
  /** `getTask 200`, each operation and status it was seen in. */
  seenIn: string[];
  /** Where to change the spec; undefined when the current spec has no such place. */
  place: SourcePlace | undefined;
  /** What to change there. */
  change: string;
}

/** One finding per distinct difference (vendor, kind, schema, place in the body, expected, seen). */
export function findingsOf(reports: readonly DriftReport[], sourceMaps: ReadonlyMap<string, SourceMap>): Finding[] {
  const byKey = new Map<string, { report: DriftReport; count: number; seenIn: Set<string> }>();
  for (const report of reports) {
    const key = [report.vendor, report.kind, report.schema, report.pointer, report.expected, report.seen].join(
      '\u0000',
    );
    const entry = byKey.get(key) ?? { report, count: 0, seenIn: new Set<string>() };
    entry.count++;
    entry.seenIn.add(`${report.operationId} ${report.status}`);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ report, count, seenIn }) => {
    const { target, item, change } = adviceFor(report);
    // A schema the current spec no longer has (fixed since, or another version's) has no place to change.
    const map = sourceMaps.get(report.vendor);
    const place = !map?.has(report.schema)
      ? undefined
      : map.has(target)
        ? map.locate(target, item)
        : map.locate(report.schema);
    return {
      vendor: report.vendor,
      kind: report.kind,
      severity: report.severity ?? (['property', 'enum', 'status'].includes(report.kind) ? 'new' : 'error'),
      pointer: report.pointer,
      expected: report.expected,
      seen: report.seen,
      schema: report.schema,
      count,
      seenIn: [...seenIn].sort(),
      place,
      change,
    };
  });
}

/** The place of the bundled spec to change (a pointer, and the item of a list there), and the change. */
function adviceFor(report: DriftReport): { target: string; item?: string; change: string } {
  const at = report.pointer === '' ? 'the body' : report.pointer;
  const name = pointerSegments(report.pointer).at(-1) ?? '';
  switch (report.kind) {
    case 'missing': {
      // The report names the property's schema (…/properties/<name>) or, for one only listed in `required`, the object.
      const segments = pointerSegments(report.schema);
      const declared = segments.at(-2) === 'properties';
      const object = declared ? `/${segments.slice(0, -2).map(escapePointer).join('/')}` : report.schema;
      return {
        target: `${object}/required`,
        item: name,
        change: `The API answered without \`${name}\` (${at}), which the spec requires (${report.expected}). Take \`${name}\` out of \`required\` here (specs/README.md, "Presence": an answer without it makes it optional), or record in \`x-departures\` why it stays required.`,
      };
    }
    case 'type':
      return {
        target: `${report.schema}/type`,
        change: `The API sent ${article(report.seen)} at ${at} where the spec says ${report.expected}. Add \`${report.seen}\` to \`type\` here, or record the departure.`,
      };
    case 'enum':
      return {
        target: report.schema.endsWith('/enum') ? report.schema : `${report.schema}/enum`,
        change: `The API sent a value at ${at} that is not in \`enum\` (${report.expected}). Add it to \`enum\` here; reports never carry values, so take the new value from an answer itself or from the vendor's documents.`,
      };
    case 'property': {
      const closed = report.expected.includes('additionalProperties: false');
      const named =
        name === '*'
          ? `a property whose name is not shown (it does not look like a field name: if the object is a map of such keys, give it \`additionalProperties\` instead)`
          : `\`${name}\` (${report.seen})`;
      const declare =
        name === '*'
          ? ''
          : ` Declare \`${name}: { type: ${report.seen} }\` under \`properties\` here (optional, unless every answer has it).`;
      return {
        target: `${report.schema}/properties`,
        change: `The API sends ${named} at ${at}, which the schema does not declare${closed ? ', and the schema is closed (`additionalProperties: false`)' : ''}.${declare}`,
      };
    }
    case 'format':
      return {
        target: `${report.schema}/format`,
        change: `The API sent a string at ${at} that is not in ${report.expected.replace(/^string in /, '')}. Drop or change \`format\` here.`,
      };
    case 'constraint':
      return {
        target: `${report.schema}/${boundKeyword(report.expected)}`,
        change: `The API sent ${article(report.seen)} at ${at} outside the spec's bounds (${report.expected}). Relax the bound here, or record the departure.`,
      };
    case 'one-of':
      return {
        target: report.schema,
        change: `The value at ${at} matched several schemas of a \`oneOf\` (${report.seen}). Make the schemas exclusive, or use \`anyOf\`.`,
      };
    case 'status':
      return {
        target: report.schema,
        change: `${report.operationId} answered ${report.status} with ${article(report.seen)} body, which it does not document (${report.expected}). Add a response '${report.status}' here, with the schema of its body.`,
      };
  }
}

/** The keyword of a bound, from the words the validators describe it with (scripts/lib/validators.ts). */
function boundKeyword(expected: string): string {
  const keywords: [RegExp, string][] = [
    [/^a string of at least/, 'minLength'],
    [/^a string of at most/, 'maxLength'],
    [/^a string matching/, 'pattern'],
    [/^a number ≥/, 'minimum'],
    [/^a number ≤/, 'maximum'],
    [/^a number >/, 'exclusiveMinimum'],
    [/^a number </, 'exclusiveMaximum'],
    [/^a multiple of/, 'multipleOf'],
    [/^at least \d+ item/, 'minItems'],
    [/^at most \d+ item/, 'maxItems'],
    [/^at least \d+ propert/, 'minProperties'],
    [/^at most \d+ propert/, 'maxProperties'],
  ];
  return keywords.find(([pattern]) => pattern.test(expected))?.[1] ?? '';
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** The findings as text: by spec file, then by line; those the current spec has no place for at the end. */
export function renderFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  const placed = findings.filter((finding) => finding.place !== undefined);
  const files = [...new Set(placed.map((finding) => finding.place?.file ?? ''))].sort();
  for (const file of files) {
    lines.push(file);
    const inFile = placed
      .filter((finding) => finding.place?.file === file)
      .sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0) || a.pointer.localeCompare(b.pointer));
    for (const finding of inFile) {
      const place = finding.place as SourcePlace;
      lines.push(`  line ${place.line} · ${place.pointer || '(the file)'}  [bundled #${finding.schema}]`);
      lines.push(...describe(finding));
    }
    lines.push('');
  }
  const unplaced = findings.filter((finding) => finding.place === undefined);
  if (unplaced.length > 0) {
    lines.push('Not in the current specs (fixed since, or reported against another version):');
    for (const finding of unplaced) {
      lines.push(`  ${finding.vendor} #${finding.schema}`);
      lines.push(...describe(finding));
    }
    lines.push('');
  }
  return lines.join('\n');
}

function describe(finding: Finding): string[] {
  const times = finding.count === 1 ? '1 report' : `${finding.count} reports`;
  return [
    `    ${finding.kind} (${finding.severity}) · ${finding.seenIn.join(', ')} · ${times}`,
    `    ${finding.change}`,
  ];
}
