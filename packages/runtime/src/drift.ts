/**
 * @cloudspecs/runtime/drift — what the generated validators of a vendor package (its `./validators` entry) are made
 * of: the recorders their checks call, the combinators (`oneOf`, `anyOf`), the formats, and `defineValidators`, which
 * turns their table into the checker a client uses when `validate` is on. Loaded only with the validators, so a client
 * with validation off carries none of it.
 *
 * A check records findings; the checker turns them into reports (operation, path template, status, pointer, what the
 * spec expects, the kind of value seen — never the value), de-duplicates them per client, hands them to `onDrift` and
 * the logger, and in strict mode throws DriftError for a 2xx body that JSON Schema itself refuses.
 */
import { DriftError } from './drift-error.js';
import { ConfigurationError } from './errors.js';
import { createRedactor } from './redaction.js';
import type {
  BodyValidator,
  CheckedExchange,
  DriftChecker,
  DriftFinding,
  DriftKind,
  DriftReport,
  DriftSettings,
  ResponseValidators,
} from './drift-types.js';

export type { BodyValidator, DriftFinding } from './drift-types.js';

/**
 * The responses of one operation: its operationId and, per documented status (`200`, `2XX`, `default`), the validator
 * of its JSON body, or `0` for a status documented without one.
 */
export type OperationValidators = readonly [
  operationId: string,
  responses: Readonly<Record<string, BodyValidator | 0>>,
];

/** What a generated `validators.ts` declares. */
export interface ValidatorTable {
  vendor: string;
  spec: string;
  /**
   * The schema nodes findings point at, two entries each: the index of the parent node (`-1` for a root) and the path
   * from it: a root's whole JSON pointer in the bundled spec; a property's name alone (for `properties/<name>`); any
   * other path with its leading slash (`/items`).
   */
  nodes: readonly (number | string)[];
  /** By `"<METHOD> <path template>"`. */
  operations: Readonly<Record<string, OperationValidators>>;
}

/** Distinct reports a client keeps track of; past it, new ones are counted, not reported (one warning says so). */
export const MAX_DISTINCT_REPORTS = 1000;
/** Reports made of one answer, at most. */
export const MAX_REPORTS_PER_ANSWER = 50;

/** The validators of a spec, as a vendor package's `./validators` entry exports them. */
export function defineValidators(table: ValidatorTable): ResponseValidators {
  return {
    vendor: table.vendor,
    spec: table.spec,
    createChecker: (settings) => createChecker(table, settings),
    findings(method, path, status, body) {
      const validator = validatorFor(table, method, path, status);
      if (validator === undefined) return undefined;
      const findings: DriftFinding[] = [];
      if (validator !== 0) validator(body, '', findings);
      return findings;
    },
  };
}

/** The validator of an operation's status (exact, then `2XX`, then `default`); `0` for one documented without a body. */
function validatorFor(
  table: ValidatorTable,
  method: string,
  path: string,
  status: number,
): BodyValidator | 0 | undefined {
  const responses = table.operations[`${method} ${path}`]?.[1];
  return responses?.[status] ?? responses?.[`${Math.floor(status / 100)}XX`] ?? responses?.default;
}

function createChecker(table: ValidatorTable, settings: DriftSettings): DriftChecker {
  if (settings.vendor !== table.vendor) {
    throw new ConfigurationError(
      `${settings.vendor}: the response validators given are ${JSON.stringify(table.vendor)}'s, not ${settings.vendor}'s`,
      { option: 'validators' },
    );
  }
  const log = (level: 'warn' | 'error', message: string, report?: DriftReport) =>
    settings.logger.log(level, message, report ? { method: report.method, status: report.status, drift: report } : {});
  const redact = (text: string) => createRedactor(settings.secrets()).text(text);
  const delivered = new Set<string>();
  let dropped = false;
  const schemaPointers = new Map<number, string>();
  const schemaPointer = (node: number): string => {
    let pointer = schemaPointers.get(node);
    if (pointer === undefined) {
      const parent = table.nodes[node * 2] as number;
      const path = table.nodes[node * 2 + 1] as string;
      pointer = parent < 0 ? path : `${schemaPointer(parent)}${path.startsWith('/') ? path : `/properties/${path}`}`;
      schemaPointers.set(node, pointer);
    }
    return pointer;
  };

  const deliver = (report: DriftReport): void => {
    const key = `${report.operationId} ${report.status} ${report.kind} ${report.pointer} ${report.seen} ${report.schema}`;
    if (delivered.has(key)) return;
    if (delivered.size >= MAX_DISTINCT_REPORTS) {
      if (!dropped) {
        dropped = true;
        log(
          'warn',
          `${table.vendor}: drift: ${MAX_DISTINCT_REPORTS} distinct reports from this client; further new ones are not reported.`,
        );
      }
      return;
    }
    delivered.add(key);
    try {
      settings.onDrift?.(report);
    } catch {
      // A broken callback must not change the outcome of a request.
    }
    log('warn', describeReport(report), report);
  };

  return {
    check(exchange: CheckedExchange): void {
      const { method, path, status } = exchange;
      const operation = table.operations[`${method} ${path}`];
      // A path the spec does not have (a call made by hand with `request`) has nothing to be checked against.
      if (operation === undefined) return;
      const [operationId, responses] = operation;
      const validator = validatorFor(table, method, path, status);
      const findings: DriftFinding[] = [];
      if (validator === undefined) {
        // Only an answer of the API itself: a proxy's or gateway's page (HTML, text) says nothing about the spec.
        if (!exchange.json) return;
        const documented = Object.keys(responses).join(', ');
        findings.push({
          kind: 'status',
          pointer: '',
          node: -1,
          expected: `a documented status (${documented})`,
          seen: kindOf(exchange.body),
          violation: false,
        });
      } else if (validator !== 0 && exchange.json) {
        validator(exchange.body, '', findings);
      }
      if (findings.length === 0) return;
      const operationPointer = `/paths/${escapePointer(path)}/${method.toLowerCase()}`;
      const reports: DriftReport[] = [];
      const violations: DriftReport[] = [];
      const made = new Set<string>();
      for (const finding of findings) {
        const report: DriftReport = {
          vendor: table.vendor,
          operationId,
          method,
          path,
          status,
          pointer: redact(finding.pointer),
          kind: finding.kind,
          severity: NEW_KINDS.has(finding.kind) ? 'new' : 'error',
          expected: expectedText(finding.expected),
          seen: finding.seen,
          schema: finding.node < 0 ? `${operationPointer}/responses` : schemaPointer(finding.node),
          spec: table.spec,
        };
        const key = `${report.kind} ${report.pointer} ${report.seen} ${report.schema}`;
        if (made.has(key)) continue;
        made.add(key);
        reports.push(report);
        if (finding.violation) violations.push(report);
        if (reports.length >= MAX_REPORTS_PER_ANSWER) break;
      }
      for (const report of reports) deliver(report);
      if (settings.mode === 'strict' && violations.length > 0 && status >= 200 && status < 300) {
        const first = violations[0] as DriftReport;
        const more = violations.length > 1 ? ` (and ${violations.length - 1} more: see \`reports\`)` : '';
        const error = new DriftError(
          `${table.vendor}: ${method} ${path} (${operationId}) answered ${status} with a body the spec does not allow: ${where(first)}${more}. Use validate: 'report' to be told without failing, and send the reports to the project (pnpm spec:drift).`,
          { vendor: table.vendor, operationId, method, path, status, reports: violations },
        );
        log('error', error.message);
        throw error;
      }
    },
  };
}

const NEW_KINDS: ReadonlySet<DriftKind> = new Set<DriftKind>(['property', 'enum', 'status']);

/** `at /ip_address/vip: boolean expected, string seen` */
function where(report: DriftReport): string {
  const at = report.pointer === '' ? 'the body' : report.pointer;
  switch (report.kind) {
    case 'missing':
      return `${at} is missing (${report.expected} required)`;
    case 'property':
      return `${at} is a property the spec does not declare (${report.seen})`;
    case 'enum':
      return `${at} has a value not in the spec (${report.expected})`;
    case 'status':
      return `the status is not documented (${report.expected})`;
    default:
      return `${at}: ${report.expected} expected, ${report.seen} seen`;
  }
}

/** The log line of a report. */
export function describeReport(report: DriftReport): string {
  return `${report.vendor}: drift (${report.severity}): ${report.method} ${report.path} ${report.status}: ${where(report)} [${report.schema}]`;
}

function expectedText(expected: string | readonly unknown[]): string {
  if (typeof expected === 'string') return expected;
  const values = expected.map((value) => JSON.stringify(value));
  return values.length === 1 ? `${values[0]}` : `one of ${values.join(', ')}`;
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The kind of a JSON value, never the value: what a report says was seen. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string's length as JSON Schema counts it: in code points. */
export function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    count++;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/** A field name worth showing; anything else (a key that may be data) is shown as `*`. */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$.-]{0,63}$/;

// The recorders the generated checks call. Each records one finding at `pointer` (the value's place in the body) for
// schema `node`, with the kind of value seen.

export function typeMismatch(
  findings: DriftFinding[],
  pointer: string,
  node: number,
  expected: string,
  value: unknown,
): void {
  findings.push({ kind: 'type', pointer, node, expected, seen: kindOf(value), violation: true });
}

export function missing(findings: DriftFinding[], pointer: string, node: number, expected: string): void {
  findings.push({ kind: 'missing', pointer, node, expected, seen: 'missing', violation: true });
}

export function notInEnum(
  findings: DriftFinding[],
  pointer: string,
  node: number,
  values: readonly unknown[],
  value: unknown,
): void {
  findings.push({ kind: 'enum', pointer, node, expected: values, seen: kindOf(value), violation: true });
}

/**
 * A property `key` of the object at `pointer` that the schema does not declare: JSON Schema refuses it when the object
 * is closed (`additionalProperties: false`); otherwise it is only new.
 */
export function undeclaredProperty(
  findings: DriftFinding[],
  pointer: string,
  node: number,
  key: string,
  value: unknown,
  closed: boolean,
): void {
  findings.push({
    kind: 'property',
    pointer: `${pointer}/${FIELD_NAME.test(key) ? escapePointer(key) : '*'}`,
    node,
    expected: closed ? 'no other properties (additionalProperties: false)' : 'only the properties the spec declares',
    seen: kindOf(value),
    violation: closed,
  });
}

/** Every property of `object` not in `known`: see `undeclaredProperty`. */
export function undeclaredProperties(
  findings: DriftFinding[],
  object: Record<string, unknown>,
  pointer: string,
  node: number,
  known: ReadonlySet<string>,
  closed: boolean,
): void {
  for (const key in object) if (!known.has(key)) undeclaredProperty(findings, pointer, node, key, object[key], closed);
}

export function outOfBounds(
  findings: DriftFinding[],
  pointer: string,
  node: number,
  expected: string,
  value: unknown,
): void {
  findings.push({ kind: 'constraint', pointer, node, expected, seen: kindOf(value), violation: true });
}

export function wrongFormat(findings: DriftFinding[], pointer: string, node: number, format: string): void {
  findings.push({
    kind: 'format',
    pointer,
    node,
    expected: `string in format ${format}`,
    seen: 'string',
    violation: true,
  });
}

/** JSON types as bits, in the order their names are written: what the generated checks pass to `typed`. */
const TYPE_NAMES: readonly (readonly [number, string])[] = [
  [1, 'string'],
  [2, 'number'],
  [4, 'integer'],
  [8, 'boolean'],
  [16, 'null'],
  [32, 'array'],
  [64, 'object'],
];

/** The bits of the types a value has: a whole number is both `number` and `integer`. */
function valueBits(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 1;
    case 'number':
      return Number.isInteger(value) ? 6 : 2;
    case 'boolean':
      return 8;
    default:
      return value === null ? 16 : Array.isArray(value) ? 32 : 64;
  }
}

function typeNames(bits: number): string {
  if (bits === 0) return 'any value';
  return TYPE_NAMES.filter(([bit]) => bits & bit)
    .map(([, name]) => name)
    .join(' or ');
}

/**
 * A property, item or map entry (`value`, at `pointer` + `suffix`) that must be of the types in `types` (bits; 0 for
 * any) and, when `required`, present.
 */
export function typed(
  findings: DriftFinding[],
  value: unknown,
  pointer: string,
  suffix: string,
  node: number,
  types: number,
  required: boolean,
): void {
  if (value === undefined) {
    if (required) missing(findings, pointer + suffix, node, typeNames(types));
  } else if (types !== 0 && (valueBits(value) & types) === 0) {
    typeMismatch(findings, pointer + suffix, node, typeNames(types), value);
  }
}

/** As `typed`, for a value that must also be one of `values`. */
export function enumerated(
  findings: DriftFinding[],
  value: unknown,
  pointer: string,
  suffix: string,
  node: number,
  types: number,
  values: readonly unknown[],
  required: boolean,
): void {
  if (value === undefined) {
    if (required) missing(findings, pointer + suffix, node, expectedText(values));
  } else if (types !== 0 && (valueBits(value) & types) === 0) {
    typeMismatch(findings, pointer + suffix, node, typeNames(types), value);
  } else if (!values.includes(value)) {
    notInEnum(findings, pointer + suffix, node, values, value);
  }
}

/** A value with a schema of its own (an object, an array, a `$ref`): checked by `check` when present. */
export function nested(
  findings: DriftFinding[],
  value: unknown,
  pointer: string,
  suffix: string,
  node: number,
  expected: string,
  check: BodyValidator,
  required: boolean,
): void {
  if (value === undefined) {
    if (required) missing(findings, pointer + suffix, node, expected);
  } else {
    check(value, pointer + suffix, findings);
  }
}

const countViolations = (findings: readonly DriftFinding[]): number =>
  findings.reduce((count, finding) => count + (finding.violation ? 1 : 0), 0);

/**
 * `oneOf` (`exactlyOne`) or `anyOf` over `branches`. A value that matches reports what its branch reports (new
 * properties); a value matching several branches of a oneOf is a `one-of` finding; one matching none reports the
 * closest branch (fewest violations) — or, when every branch refuses only one enum value at the same place (error
 * unions told apart by their `code`), that value as not one of all the branches' values.
 */
export function oneOf(
  findings: DriftFinding[],
  pointer: string,
  node: number,
  value: unknown,
  branches: readonly BodyValidator[],
  exactlyOne: boolean,
): void {
  let matched: DriftFinding[] | undefined;
  let matches = 0;
  let closest: DriftFinding[] | undefined;
  let closestCount = Number.POSITIVE_INFINITY;
  const results: DriftFinding[][] = [];
  for (const branch of branches) {
    const own: DriftFinding[] = [];
    branch(value, pointer, own);
    results.push(own);
    const count = countViolations(own);
    if (count === 0) {
      matches++;
      matched ??= own;
      if (!exactlyOne) break;
    } else if (count < closestCount) {
      closest = own;
      closestCount = count;
    }
  }
  if (matched !== undefined && (matches === 1 || !exactlyOne)) {
    findings.push(...matched);
    return;
  }
  if (matches > 1) {
    findings.push({
      kind: 'one-of',
      pointer,
      node,
      expected: `exactly one of ${branches.length} schemas`,
      seen: `${kindOf(value)} matching ${matches} of them`,
      violation: true,
    });
    return;
  }
  const enums = results.map((own) => own.filter((finding) => finding.violation));
  const first = enums[0]?.[0];
  if (
    first?.kind === 'enum' &&
    enums.every((own) => own.length === 1 && own[0]?.kind === 'enum' && own[0].pointer === first.pointer)
  ) {
    const values = enums.flatMap((own) => own[0]?.expected as readonly unknown[]);
    findings.push({ ...first, expected: [...new Set(values)] });
    return;
  }
  if (closest !== undefined) findings.push(...closest);
}

/**
 * The formats the specs use, as JSON Schema defines them. OpenAPI's numeric formats (`int32`, `int64`, `float`,
 * `double`) say how a number is stored, not which values are valid: they are not checked.
 */
export const formats: Readonly<Record<string, (text: string) => boolean>> = {
  ipv4: (text) => /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text),
  ipv6: (text) => {
    if (!/^[0-9a-fA-F:.]+$/.test(text) || text.length > 45) return false;
    try {
      return new URL(`http://[${text}]/`).hostname.length > 2;
    } catch {
      return false;
    }
  },
  uuid: (text) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text),
  uri: (text) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(text) && !/[<>"{}|\\^`]/.test(text),
  'uri-reference': (text) => !/[\s<>"{}|\\^`]/.test(text),
  'date-time': (text) => {
    const match = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d):(\d\d))$/.exec(text);
    return (
      match !== null &&
      validDate(match[1], match[2], match[3]) &&
      Number(match[4]) < 24 &&
      Number(match[5]) < 60 &&
      Number(match[6]) <= 60
    );
  },
  date: (text) => {
    const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
    return match !== null && validDate(match[1], match[2], match[3]);
  },
  email: (text) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text),
  hostname: (text) =>
    text.length <= 253 &&
    /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i.test(text),
};

function validDate(year: string | undefined, month: string | undefined, day: string | undefined): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}
