/**
 * Compare one of our specs with a vendor's published OpenAPI document (3.0 or 3.1), operation by operation, and render
 * the report. Pure: `compareDocuments` takes two parsed documents and returns a report (loading is in load.ts).
 */
import { HTTP_METHODS as METHODS } from '../../../packages/runtime/src/http-methods.ts';
import { DepartureRegistry, type RecordedDifference, type Scope } from './departures.ts';
import { Doc } from './document.ts';
import {
  CATEGORIES,
  type Category,
  type CategoryCount,
  type Difference,
  isObj,
  type Obj,
  type OperationReport,
  type PlacedDeparture,
  type Report,
  type Summary,
} from './model.ts';
import { compareOperation, type Operation, operationsOf } from './operations.ts';

export function compareDocuments(
  oursRoot: Obj,
  vendorRoot: Obj,
  labels = { ours: 'our spec', vendor: 'vendor' },
): Report {
  const ours = new Doc(oursRoot, labels.ours);
  const vendor = new Doc(vendorRoot, labels.vendor);
  const oursOps = operationsOf(ours);
  const vendorOps = operationsOf(vendor);
  const registry = new DepartureRegistry();
  // Read every declared departure up front, so one that is never reached is reported as unused.
  const rootHolder = oursRoot['x-departures'];
  if (rootHolder !== undefined) registry.entries(rootHolder, 'root');
  for (const op of oursOps.values()) {
    const holder = op.operation['x-departures'];
    if (holder !== undefined) registry.entries(holder, `operation ${op.method} ${op.path}`);
  }
  for (const [name, schema] of Object.entries(ours.components('schemas'))) {
    if (isObj(schema) && schema['x-departures'] !== undefined) {
      registry.entries(schema['x-departures'], `schema #/components/schemas/${name}`);
    }
  }

  const keys = [...new Set([...vendorOps.keys(), ...oursOps.keys()])].sort((a, b) => {
    const [ma, pa] = a.split(' ');
    const [mb, pb] = b.split(' ');
    return (pa ?? '').localeCompare(pb ?? '') || methodIndex(ma) - methodIndex(mb);
  });
  const operations: OperationReport[] = [];
  for (const key of keys) {
    const o = oursOps.get(key);
    const v = vendorOps.get(key);
    const base = o ?? v;
    if (!base) continue;
    const report: OperationReport = { method: base.method, path: base.path, differences: [] };
    if (o) report.ours = withId(o);
    if (v) report.vendor = withId(v);
    const scopes: Scope[] = [];
    if (rootHolder !== undefined) scopes.push({ prefix: '', where: 'root', departures: rootHolder });
    if (o?.operation['x-departures'] !== undefined) {
      scopes.push({ prefix: '', where: `operation ${o.method} ${o.path}`, departures: o.operation['x-departures'] });
    }
    const names = [o, v].flatMap((op) =>
      op
        ? [
            `${op.method} ${op.path}`,
            ...(typeof op.operation.operationId === 'string' ? [op.operation.operationId] : []),
          ]
        : [],
    );
    let found: RecordedDifference[];
    if (o && v) found = compareOperation(ours, vendor, o, v, { registry, names, scopes });
    else if (o) found = [{ at: 'operation', category: 'operation', vendor: 'absent', ours: 'documented', scopes }];
    else found = [{ at: 'operation', category: 'operation', vendor: 'documented', ours: 'absent', scopes }];
    for (const difference of dedupe(found)) {
      const { scopes: _scopes, ...plain } = difference;
      const departure = registry.explain(difference, names);
      if (departure) plain.explainedBy = departure;
      report.differences.push(plain);
    }
    operations.push(report);
  }

  const unusedDepartures = registry.unused();
  return {
    operations,
    unusedDepartures,
    invalidDepartures: registry.invalid,
    summary: summarise(operations, vendorOps.size, oursOps.size, unusedDepartures.length),
  };
}

function summarise(
  operations: OperationReport[],
  vendorOperations: number,
  ourOperations: number,
  unusedDepartures: number,
): Summary {
  const all = operations.flatMap((op) => op.differences);
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [category, { unexplained: 0, explained: 0 } satisfies CategoryCount]),
  ) as Record<Category, CategoryCount>;
  for (const difference of all) {
    if (difference.explainedBy) categories[difference.category].explained++;
    else categories[difference.category].unexplained++;
  }
  return {
    vendorOperations,
    ourOperations,
    inBoth: operations.filter((op) => op.ours && op.vendor).length,
    onlyInVendor: operations.filter((op) => !op.ours).length,
    onlyInOurs: operations.filter((op) => !op.vendor).length,
    unexplained: all.filter((difference) => !difference.explainedBy).length,
    explained: all.filter((difference) => difference.explainedBy).length,
    unusedDepartures,
    categories,
  };
}

function methodIndex(method: string | undefined): number {
  return METHODS.indexOf((method ?? '').toLowerCase() as (typeof METHODS)[number]);
}

function withId(op: Operation): { path: string; operationId?: string } {
  const id = op.operation.operationId;
  return typeof id === 'string' ? { path: op.path, operationId: id } : { path: op.path };
}

/** The same difference reached twice (e.g. a schema shared by two branches) is reported once. */
function dedupe(found: RecordedDifference[]): RecordedDifference[] {
  const seen = new Map<string, RecordedDifference>();
  for (const difference of found) {
    const key = [difference.at, difference.category, difference.aspect, difference.vendor, difference.ours].join(
      '\u0000',
    );
    if (!seen.has(key)) seen.set(key, difference);
  }
  return [...seen.values()];
}

export function summaryLine(vendor: string, summary: Summary): string {
  return [
    `${vendor}: ${summary.inBoth}/${summary.vendorOperations} operations in both`,
    `${summary.onlyInVendor} only in vendor`,
    `${summary.onlyInOurs} only in ours`,
    `${summary.unexplained} unexplained`,
    `${summary.explained} explained`,
  ].join(' · ');
}

/** What each category compares, for the table the report ends with. */
const CATEGORY_TEXT: Record<Category, string> = {
  operation: 'operations on one side only',
  'api-version': 'API versions an operation documents, their status and Not Before date',
  security: 'security schemes and scopes',
  status: 'response statuses on one side only',
  'error-code': 'error codes per status',
  'error-body': 'error bodies per status and code (fields, types, formats, …)',
  parameter: 'path and query parameters on one side only',
  header: 'request and response headers on one side only',
  'content-type': 'request and response media types',
  field: 'body fields on one side only',
  type: 'types',
  enum: 'enum values',
  nullable: 'nullability',
  required: 'required (presence)',
  format: 'formats',
  constraint: 'constraints (minLength, maxLength, pattern, minimum, maximum, maxItems, …)',
  'additional-properties': 'additionalProperties (open or closed objects)',
};

export function categoryTable(summary: Summary): string[] {
  const width = Math.max(...CATEGORIES.map((category) => category.length));
  const lines = ['Compared, per category (unexplained / explained):', ''];
  for (const category of CATEGORIES) {
    const { unexplained, explained } = summary.categories[category];
    const counts = `${String(unexplained).padStart(5)} / ${String(explained).padEnd(5)}`;
    lines.push(`  ${category.padEnd(width)} ${counts} ${CATEGORY_TEXT[category]}`);
  }
  return lines;
}

const EXPLAINED_SHOWN = 5;

function describeDifference(d: Difference): string {
  return `${d.category}${d.aspect ? ` (${d.aspect})` : ''}: vendor ${d.vendor} · ours ${d.ours}`;
}

function describeDeparture(departure: PlacedDeparture): string {
  return `${departure.where} · ${departure.category} at ${departure.at}`;
}

export function renderText(vendor: string, report: Report): string {
  const lines: string[] = [];
  const title = (op: OperationReport) => {
    const ids = [
      op.ours ? `ours ${op.ours.operationId ?? '(no operationId)'}` : undefined,
      op.vendor ? `vendor ${op.vendor.operationId ?? '(no operationId)'}` : undefined,
    ].filter(Boolean);
    const vendorPath = op.vendor && op.ours && op.vendor.path !== op.ours.path ? ` (vendor ${op.vendor.path})` : '';
    return `${op.method} ${op.path}${vendorPath}  [${ids.join(' · ')}]`;
  };

  const oneSided = (side: 'vendor' | 'ours') =>
    report.operations.filter(
      (op) => !(side === 'vendor' ? op.ours : op.vendor) && op.differences.some((d) => !d.explainedBy),
    );
  for (const side of ['vendor', 'ours'] as const) {
    const ops = oneSided(side);
    if (ops.length === 0) continue;
    lines.push(
      side === 'vendor' ? `Only in the vendor document (${ops.length}):` : `Only in our spec (${ops.length}):`,
      '',
    );
    for (const op of ops) lines.push(`  ${title(op)}`);
    lines.push('');
  }
  const unexplained = report.operations.filter(
    (op) => op.ours && op.vendor && op.differences.some((d) => !d.explainedBy),
  );
  if (unexplained.length > 0) {
    lines.push('Unexplained differences (record each in x-departures, or fix the spec):', '');
    for (const op of unexplained) {
      lines.push(`  ${title(op)}`);
      for (const d of op.differences.filter((d) => !d.explainedBy)) lines.push(`    ${d.at}  ${describeDifference(d)}`);
      lines.push('');
    }
  }
  // Explained differences, grouped by the departure that explains them: a root departure may explain one difference in
  // each of a hundred operations, and its reason is worth reading once.
  const byDeparture = new Map<PlacedDeparture, { op: OperationReport; d: Difference }[]>();
  for (const op of report.operations) {
    for (const d of op.differences) {
      if (!d.explainedBy) continue;
      const list = byDeparture.get(d.explainedBy) ?? [];
      list.push({ op, d });
      byDeparture.set(d.explainedBy, list);
    }
  }
  if (byDeparture.size > 0) {
    const total = [...byDeparture.values()].reduce((sum, list) => sum + list.length, 0);
    lines.push(`Explained by x-departures (${total}):`, '');
    for (const [departure, list] of byDeparture) {
      const operations = new Set(list.map(({ op }) => op)).size;
      const count = `${list.length} difference${list.length === 1 ? '' : 's'} in ${operations} operation${operations === 1 ? '' : 's'}`;
      lines.push(`  ${describeDeparture(departure)} — ${count}`);
      lines.push(`    why: ${departure.why}`);
      if (departure.source) lines.push(`    source: ${departure.source}`);
      for (const { op, d } of list.slice(0, EXPLAINED_SHOWN)) {
        lines.push(`    ${op.method} ${op.path}  ${d.at}  ${describeDifference(d)}`);
      }
      if (list.length > EXPLAINED_SHOWN)
        lines.push(`    … and ${list.length - EXPLAINED_SHOWN} more (--json lists every one)`);
      lines.push('');
    }
  }
  if (report.unusedDepartures.length > 0) {
    lines.push('Departures that explain nothing (stale, or `category`/`at` does not match a difference):', '');
    for (const d of report.unusedDepartures) lines.push(`    ${describeDeparture(d)}`);
    lines.push('');
  }
  if (report.invalidDepartures.length > 0) {
    lines.push('Malformed x-departures (ignored):', '');
    for (const message of report.invalidDepartures) lines.push(`    ${message}`);
    lines.push('');
  }
  lines.push(...categoryTable(report.summary), '');
  lines.push(summaryLine(vendor, report.summary));
  return `${lines.join('\n')}\n`;
}
