/**
 * The types of drift reporting (`validate: 'report' | 'strict'`): what a report holds, and what a vendor package's
 * `./validators` entry gives the runtime. Types only: the checks themselves (drift.ts) are loaded with the validators,
 * and only when the option is on.
 */

/** `'off'` (the default): bodies are not checked. `'report'`: drift is reported, never thrown. `'strict'`: a 2xx body the spec does not allow throws DriftError. */
export type ValidateMode = 'off' | 'report' | 'strict';

/**
 * What differs from the spec:
 * - `type`: a value of another type than the spec's (`"5"` where an integer is documented)
 * - `missing`: a required property is absent
 * - `enum`: a value that is not one of the spec's values (a new value of the API)
 * - `property`: a property the spec does not declare (a new property of the API)
 * - `format`: a string not in the documented format (`uuid`, `ipv4`, …)
 * - `constraint`: a length, pattern, range or count outside the spec's bounds
 * - `one-of`: a value matching several of a `oneOf`'s schemas
 * - `status`: a status the operation does not document
 */
export type DriftKind = 'type' | 'missing' | 'enum' | 'property' | 'format' | 'constraint' | 'one-of' | 'status';

/**
 * One way a response differed from the spec. It names where and what, never a value of the body: `seen` is the kind of
 * value (`string`, `integer`, `null`, `missing`, …). Reports are de-duplicated per client.
 */
export interface DriftReport {
  /** 'katapult' | 'hostway' | 'scp' */
  vendor: string;
  /** The operation's operationId in the spec, e.g. `createIpAddress`. */
  operationId: string;
  method: string;
  /** The path template as the spec writes it (`/servers/{id}`), never the URL sent. */
  path: string;
  status: number;
  /**
   * Where in the body, as a JSON pointer (`''` is the body itself). Array items and the entries of a map
   * (`additionalProperties`) are `*`, so one report stands for every item; the name of an undeclared property is
   * shown when it looks like a field name (letters, digits, `_`, `-`, `.`, `$`; at most 64 characters), else `*`.
   */
  pointer: string;
  kind: DriftKind;
  /**
   * `new`: something the spec does not know yet (a property, an enum value, a status), as APIs add them;
   * `error`: something the spec says otherwise (a type, a missing property, a format or a bound).
   */
  severity: 'new' | 'error';
  /** What the spec says, e.g. `integer`, `string or null`, `one of "active", "stopped"`, `at most 64 characters`. */
  expected: string;
  /** The kind of value the body had there: `string`, `number`, `integer`, `boolean`, `null`, `object`, `array` or `missing`. */
  seen: string;
  /**
   * The schema in the spec bundled with the client, as a JSON pointer (`/components/schemas/Network/properties/default`),
   * which `pnpm spec:drift` turns into the file and line under `specs/`.
   */
  schema: string;
  /** The spec the client was generated from: its `info.version` and a hash of the bundled document. */
  spec: string;
}

/** One finding of a generated validator, before it becomes a report. Internal to the runtime and the generated code. */
export interface DriftFinding {
  kind: DriftKind;
  /** Instance pointer, with `*` for items and map entries. */
  pointer: string;
  /** Index of the schema node in the validators' node table. */
  node: number;
  /** The expected text, or an enum's values (turned into text when a report is made). */
  expected: string | readonly unknown[];
  seen: string;
  /** Whether JSON Schema itself refuses the value (strict mode throws on these). */
  violation: boolean;
}

/** What a response is checked with: an operation's validator for one status. */
export type BodyValidator = (value: unknown, pointer: string, findings: DriftFinding[]) => void;

/** One exchange as the client saw it, without the URL: what a check needs. */
export interface CheckedExchange {
  method: string;
  /** The path template the call named. */
  path: string;
  status: number;
  /** Whether `body` is a parsed JSON body; `false` for no body or a body that was not JSON. */
  json: boolean;
  body: unknown;
}

/** What the runtime hands the validators when a client turns checking on. */
export interface DriftSettings {
  /** The client's vendor: validators of another vendor's spec refuse to check its answers. */
  vendor: string;
  mode: 'report' | 'strict';
  onDrift: ((report: DriftReport) => void) | undefined;
  /** The client's logger (logging.ts): reports are logged as `warn` entries. */
  logger: {
    log(
      level: 'warn' | 'error',
      message: string,
      fields?: { method?: string; status?: number; drift?: DriftReport },
    ): void;
  };
  /** The client's credentials, removed from a report's text (an undeclared property's name could be one). */
  secrets: () => readonly string[];
}

export interface DriftChecker {
  /** Reports what the exchange's body breaks; in strict mode throws DriftError for a 2xx body the spec refuses. */
  check(exchange: CheckedExchange): void;
}

/** A vendor package's `./validators` entry: `import { validators } from '@cloudspecs/katapult-client/validators'`. */
export interface ResponseValidators {
  /** The vendor whose spec they were generated from; a client refuses another vendor's. */
  readonly vendor: string;
  /** The spec's `info.version` and a hash of the bundled document. */
  readonly spec: string;
  createChecker(settings: DriftSettings): DriftChecker;
  /**
   * The raw findings for one body, without reports, de-duplication or throwing; `undefined` when the spec has no such
   * operation or status. What the project's own tests compare with other validators.
   */
  findings(method: string, path: string, status: number, body: unknown): readonly DriftFinding[] | undefined;
}

/** What the `validators` option loads: the module, e.g. `() => import('@cloudspecs/katapult-client/validators')`. */
export type ValidatorsLoader = () => Promise<{ readonly validators: ResponseValidators }>;
