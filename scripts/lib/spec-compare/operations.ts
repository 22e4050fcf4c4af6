/**
 * One operation of each document, compared part by part: security, parameters, the request body and its content
 * types, then each response: its status, headers, content types, and its body (success bodies field by field; error
 * bodies by their error codes, then per code field by field, after unwrapping an envelope our spec records).
 */
import { HTTP_METHODS as METHODS } from '../../../packages/runtime/src/http-methods.ts';
import type { DepartureRegistry, RecordedDifference, Scope } from './departures.ts';
import type { Doc } from './document.ts';
import { describeField, describeType, flatten } from './flatten.ts';
import { isObj, type Json, type Obj } from './model.ts';
import { DifferenceCollector, one } from './schemas.ts';

export interface Operation {
  method: string;
  path: string;
  /** path with every template parameter replaced by `{}` */
  key: string;
  pathParams: string[];
  operation: Obj;
  pathItem: Obj;
}

function templateParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

function normalisePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.replace(/\{[^}]+\}/g, '{}');
}

/** Every operation of a document by `METHOD /path/{}/…` (path-parameter names do not matter). */
export function operationsOf(doc: Doc): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const paths = isObj(doc.root.paths) ? doc.root.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const { node: item } = doc.resolve(rawItem);
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const { node: operation } = doc.resolve(item[method]);
      if (!isObj(operation)) continue;
      const key = `${method.toUpperCase()} ${normalisePath(path)}`;
      out.set(key, {
        method: method.toUpperCase(),
        path,
        key,
        pathParams: templateParams(path),
        operation,
        pathItem: item,
      });
    }
  }
  return out;
}

interface Param {
  name: string;
  in: string;
  required: boolean;
  schema: Json;
  /** a key of a deepObject lookup: the vendor's bracket parameters cannot say that one of them must be given */
  lookupKey?: boolean;
}

/** Path-item and operation parameters (the operation's win), deepObject parameters expanded to `name[key]`. */
function parametersOf(doc: Doc, op: Operation): Param[] {
  const byKey = new Map<string, Obj>();
  for (const list of [op.pathItem.parameters, op.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const { node } = doc.resolve(raw);
      if (!isObj(node) || typeof node.name !== 'string' || typeof node.in !== 'string') continue;
      byKey.set(`${node.in} ${node.in === 'header' ? node.name.toLowerCase() : node.name}`, node);
    }
  }
  const out: Param[] = [];
  for (const node of byKey.values()) {
    const name = String(node.name);
    const where = String(node.in);
    const required = node.required === true || where === 'path';
    const schema = node.schema ?? pickMedia(doc, node.content)?.schema;
    if (where === 'query' && node.style === 'deepObject') {
      const flat = flatten(doc, schema);
      if (flat.properties.size > 0) {
        for (const [key, sub] of flat.properties) {
          if (sub === false) continue;
          out.push({
            name: `${name}[${key}]`,
            in: where,
            required: required && flat.required.has(key),
            schema: sub,
            lookupKey: flat.lookup,
          });
        }
        continue;
      }
      // An array of objects: `annotations[][key]`, `annotations[][value]`, each an array of that field's values.
      const items = flat.types.has('array') && flat.items.length > 0 ? flatten(doc, one(flat.items)) : undefined;
      if (items && items.properties.size > 0) {
        for (const [key, sub] of items.properties) {
          if (sub === false) continue;
          const schema = { type: 'array', items: sub };
          out.push({ name: `${name}[][${key}]`, in: where, required: required && items.required.has(key), schema });
        }
        continue;
      }
    }
    out.push({ name, in: where, required, schema });
  }
  return out;
}

/** The media types of a content map, without parameters (`; charset=…`), lower case. */
function mediaTypes(doc: Doc, content: Json): string[] {
  const { node } = doc.resolve(content);
  if (!isObj(node)) return [];
  return Object.keys(node)
    .map((key) => (key.split(';')[0] ?? '').trim().toLowerCase())
    .sort();
}

/** The JSON media type of a content map (application/json, then any +json, then the first one). */
function pickMedia(doc: Doc, content: Json): Obj | undefined {
  const { node } = doc.resolve(content);
  if (!isObj(node)) return undefined;
  const keys = Object.keys(node);
  const key =
    keys.find((k) => k.split(';')[0]?.trim() === 'application/json') ??
    keys.find((k) => /[/+]json\b/.test(k)) ??
    keys[0];
  if (key === undefined) return undefined;
  const { node: media } = doc.resolve(node[key]);
  return isObj(media) ? media : undefined;
}

/** Error codes a body declares: `code` enum/const at the top, under `error`, or under `errors[]`; every branch. */
function errorCodes(doc: Doc, schema: Json, depth = 0): Set<string> {
  const codes = new Set<string>();
  if (schema === undefined || depth > 8) return codes;
  const flat = flatten(doc, schema);
  const code = flat.properties.get('code');
  if (code !== undefined) for (const entry of flatten(doc, code).enum ?? []) codes.add(String(JSON.parse(entry)));
  const error = flat.properties.get('error');
  if (error !== undefined) for (const c of errorCodes(doc, error, depth + 1)) codes.add(c);
  const errors = flat.properties.get('errors');
  if (errors !== undefined) {
    for (const item of flatten(doc, errors).items) for (const c of errorCodes(doc, item, depth + 1)) codes.add(c);
  }
  return codes;
}

/** The branch of an error body (a oneOf/anyOf of one schema per code, possibly nested) that carries one code. */
function branchFor(doc: Doc, schema: Json, code: string, depth = 0): Json {
  const { node } = doc.resolve(schema);
  if (!isObj(node) || depth > 8) return schema;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    const match = branches.find((branch) => errorCodes(doc, branch).has(code));
    if (match !== undefined) return branchFor(doc, match, code, depth + 1);
  }
  return schema;
}

function responsesOf(doc: Doc, op: Operation): Map<string, Obj> {
  const out = new Map<string, Obj>();
  const { node } = doc.resolve(op.operation.responses);
  if (!isObj(node)) return out;
  for (const [status, raw] of Object.entries(node)) {
    const { node: response } = doc.resolve(raw);
    if (isObj(response)) out.set(status, response);
  }
  return out;
}

function headersOf(doc: Doc, response: Obj): Map<string, { name: string; header: Obj }> {
  const out = new Map<string, { name: string; header: Obj }>();
  const { node } = doc.resolve(response.headers);
  if (!isObj(node)) return out;
  for (const [name, raw] of Object.entries(node)) {
    const { node: header } = doc.resolve(raw);
    if (isObj(header)) out.set(name.toLowerCase(), { name, header });
  }
  return out;
}

function isErrorStatus(status: string): boolean {
  return /^[45]/.test(status) || status === 'default';
}

/**
 * The security an operation asks for (its own, else the document's), as one line: per scheme, described by what goes
 * on the wire (`http bearer`, `apiKey header scp-signature`, `oauth2`), the scopes any requirement names for it;
 * requirements naming several schemes at once are joined with `+`.
 */
function describeSecurity(doc: Doc, op: Operation): string {
  const requirements = Array.isArray(op.operation.security)
    ? op.operation.security
    : Array.isArray(doc.root.security)
      ? doc.root.security
      : [];
  const schemes = doc.components('securitySchemes');
  const describeScheme = (name: string): string => {
    const { node } = doc.resolve(schemes[name]);
    if (!isObj(node)) return `unknown scheme ${name}`;
    if (node.type === 'http') return `http ${String(node.scheme).toLowerCase()}`;
    if (node.type === 'apiKey') return `apiKey ${String(node.in)} ${String(node.name).toLowerCase()}`;
    return String(node.type);
  };
  const combinations = new Set<string>();
  const scopes = new Map<string, Set<string>>();
  for (const requirement of requirements) {
    if (!isObj(requirement)) continue;
    const names = Object.keys(requirement);
    combinations.add(names.length === 0 ? 'none' : names.map(describeScheme).sort().join(' + '));
    for (const name of names) {
      const scheme = describeScheme(name);
      const set = scopes.get(scheme) ?? new Set<string>();
      const list = requirement[name];
      if (Array.isArray(list)) for (const scope of list) set.add(String(scope));
      scopes.set(scheme, set);
    }
  }
  if (combinations.size === 0) return 'none';
  const scoped = [...scopes]
    .filter(([, set]) => set.size > 0)
    .map(([scheme, set]) => `${scheme} scopes ${[...set].sort().join(', ')}`)
    .sort();
  return [[...combinations].sort().join(' | '), ...scoped].join('; ');
}

export interface OperationContext {
  registry: DepartureRegistry;
  /** the names a root departure's `operation` may use for this operation */
  names: string[];
  scopes: Scope[];
}

export function compareOperation(
  ours: Doc,
  vendor: Doc,
  o: Operation,
  v: Operation,
  context: OperationContext,
): RecordedDifference[] {
  const collector = new DifferenceCollector(ours, vendor);
  const { scopes } = context;

  compareApiVersions(collector, o, v, scopes);
  const oursSecurity = describeSecurity(ours, o);
  const vendorSecurity = describeSecurity(vendor, v);
  if (oursSecurity !== vendorSecurity) collector.add('security', 'security', vendorSecurity, oursSecurity, scopes);

  compareParameters(collector, o, v, scopes);
  compareRequestBody(collector, o, v, scopes);

  const oursResponses = responsesOf(ours, o);
  const vendorResponses = responsesOf(vendor, v);
  const statuses = [...new Set([...vendorResponses.keys(), ...oursResponses.keys()])].sort();
  for (const status of statuses) {
    const or = oursResponses.get(status);
    const vr = vendorResponses.get(status);
    if (!or || !vr) {
      collector.add(`status ${status}`, 'status', vr ? 'documented' : 'absent', or ? 'documented' : 'absent', scopes);
      continue;
    }
    compareHeaders(collector, or, vr, `response.${status}.header`, scopes);
    compareContentTypes(collector, or.content, vr.content, `response.${status}.content`, scopes);
    if (isErrorStatus(status)) compareErrorResponse(collector, or, vr, status, context);
    else {
      const oursSchema = pickMedia(ours, or.content)?.schema;
      const vendorSchema = pickMedia(vendor, vr.content)?.schema;
      compareBodies(collector, oursSchema, vendorSchema, `response.${status}.body`, 'response', scopes);
    }
  }
  return collector.found;
}

/**
 * API versions, where the vendor's document gives its operations one (`x-api-version`, `x-api-status`,
 * `x-not-before`, as SCP's do): ours lists an operation's versions in an `x-…api-versions` extension
 * (`[{version, status, notBefore}]`). The vendor's version must be in ours with its status and date; versions ours lists
 * beyond it are documented elsewhere (vendor side absent).
 */
function compareApiVersions(collector: DifferenceCollector, o: Operation, v: Operation, scopes: Scope[]): void {
  const version = v.operation['x-api-version'];
  if (typeof version !== 'string') return;
  const describe = (status: unknown, notBefore: unknown) =>
    `${String(status ?? 'no status')}, not before ${notBefore === null || notBefore === undefined ? 'none' : String(notBefore)}`;
  const vendorState = describe(v.operation['x-api-status'], v.operation['x-not-before']);
  const key = Object.keys(o.operation).find((name) => /^x-(.+-)?api-versions$/.test(name));
  const list = key === undefined ? [] : o.operation[key];
  const entries = (Array.isArray(list) ? list : []).filter(isObj);
  for (const entry of entries) {
    const at = `api-version ${String(entry.version)}`;
    const oursState = describe(entry.status, entry.notBefore);
    if (String(entry.version) !== version) collector.add(at, 'api-version', 'absent', oursState, scopes);
    else if (oursState !== vendorState) collector.add(at, 'api-version', vendorState, oursState, scopes);
  }
  if (!entries.some((entry) => String(entry.version) === version)) {
    collector.add(`api-version ${version}`, 'api-version', vendorState, 'absent', scopes);
  }
}

function compareParameters(collector: DifferenceCollector, o: Operation, v: Operation, scopes: Scope[]): void {
  const { ours, vendor } = collector;
  // Path parameters are matched by position in the template, and named as ours.
  const oursParams = parametersOf(ours, o);
  const vendorParams = parametersOf(vendor, v).map((param) => {
    if (param.in !== 'path') return param;
    const index = v.pathParams.indexOf(param.name);
    const name = index >= 0 ? o.pathParams[index] : undefined;
    return name === undefined ? param : { ...param, name };
  });
  const paramKey = (param: Param) => `${param.in} ${param.in === 'header' ? param.name.toLowerCase() : param.name}`;
  const vendorByKey = new Map(vendorParams.map((param) => [paramKey(param), param]));
  const oursByKey = new Map(oursParams.map((param) => [paramKey(param), param]));
  const keys = [...new Set([...vendorByKey.keys(), ...oursByKey.keys()])].sort();
  for (const key of keys) {
    const op = oursByKey.get(key);
    const vp = vendorByKey.get(key);
    const param = op ?? vp;
    if (!param) continue;
    const at = `request.${param.in}.${param.name}`;
    const category = param.in === 'header' ? 'header' : 'parameter';
    if (!op && vp) {
      collector.add(at, category, describeField(flatten(vendor, vp.schema), vp.required), 'absent', scopes);
    } else if (op && !vp) {
      collector.add(at, category, 'absent', describeField(flatten(ours, op.schema), op.required), scopes);
    } else if (op && vp) {
      if (op.required !== vp.required && !(op.lookupKey && !vp.required)) {
        const say = (required: boolean) => (required ? 'required' : 'optional');
        collector.add(at, 'required', say(vp.required), say(op.required), scopes);
      }
      collector.compareSchemas(op.schema, vp.schema, at, { direction: 'request', parameter: true }, scopes);
    }
  }
}

function compareRequestBody(collector: DifferenceCollector, o: Operation, v: Operation, scopes: Scope[]): void {
  const { ours, vendor } = collector;
  const oursBody = ours.resolve(o.operation.requestBody).node;
  const vendorBody = vendor.resolve(v.operation.requestBody).node;
  if (isObj(oursBody) && isObj(vendorBody)) {
    compareContentTypes(collector, oursBody.content, vendorBody.content, 'request.content', scopes);
    if (oursBody.required === true && vendorBody.required !== true) {
      collector.add('request.body', 'required', 'optional', 'required', scopes);
    } else if (oursBody.required !== true && vendorBody.required === true) {
      collector.add('request.body', 'required', 'required', 'optional', scopes);
    }
  }
  const oursSchema = isObj(oursBody) ? pickMedia(ours, oursBody.content)?.schema : undefined;
  const vendorSchema = isObj(vendorBody) ? pickMedia(vendor, vendorBody.content)?.schema : undefined;
  compareBodies(collector, oursSchema, vendorSchema, 'request.body', 'request', scopes);
}

function compareBodies(
  collector: DifferenceCollector,
  oursSchema: Json,
  vendorSchema: Json,
  at: string,
  direction: 'request' | 'response',
  scopes: Scope[],
): void {
  const { ours, vendor } = collector;
  if (vendorSchema !== undefined && oursSchema === undefined) {
    collector.add(at, 'field', describeType(flatten(vendor, vendorSchema)), 'absent', scopes);
  } else if (vendorSchema === undefined && oursSchema !== undefined) {
    collector.add(at, 'field', 'absent', describeType(flatten(ours, oursSchema)), scopes);
  } else if (vendorSchema !== undefined && oursSchema !== undefined) {
    collector.compareSchemas(oursSchema, vendorSchema, at, { direction }, scopes);
  }
}

/** The media types of a request body or a response, when both documents give some (else the body's presence says it). */
function compareContentTypes(
  collector: DifferenceCollector,
  oursContent: Json,
  vendorContent: Json,
  at: string,
  scopes: Scope[],
): void {
  const oursTypes = mediaTypes(collector.ours, oursContent);
  const vendorTypes = mediaTypes(collector.vendor, vendorContent);
  if (oursTypes.length === 0 || vendorTypes.length === 0) return;
  if (oursTypes.join() !== vendorTypes.join()) {
    collector.add(at, 'content-type', vendorTypes.join(', '), oursTypes.join(', '), scopes);
  }
}

/** Response headers by name (case-insensitive): one side only, then required and their schemas. */
function compareHeaders(collector: DifferenceCollector, or: Obj, vr: Obj, at: string, scopes: Scope[]): void {
  const { ours, vendor } = collector;
  const oursHeaders = headersOf(ours, or);
  const vendorHeaders = headersOf(vendor, vr);
  for (const key of [...new Set([...vendorHeaders.keys(), ...oursHeaders.keys()])].sort()) {
    const oh = oursHeaders.get(key);
    const vh = vendorHeaders.get(key);
    const where = `${at}.${(oh ?? vh)?.name}`;
    const describe = (doc: Doc, header: Obj) =>
      describeField(flatten(doc, header.schema ?? pickMedia(doc, header.content)?.schema), header.required === true);
    if (!oh && vh) collector.add(where, 'header', describe(vendor, vh.header), 'absent', scopes);
    else if (oh && !vh) collector.add(where, 'header', 'absent', describe(ours, oh.header), scopes);
    else if (oh && vh) {
      if ((oh.header.required === true) !== (vh.header.required === true)) {
        const say = (header: Obj) => (header.required === true ? 'required' : 'optional');
        collector.add(where, 'required', say(vh.header), say(oh.header), scopes);
      }
      const schema = (doc: Doc, header: Obj) => header.schema ?? pickMedia(doc, header.content)?.schema;
      collector.compareSchemas(
        schema(ours, oh.header),
        schema(vendor, vh.header),
        where,
        { direction: 'response', parameter: true },
        scopes,
      );
    }
  }
}

/**
 * An error status in both documents: the codes on one side only, then the bodies. Where both sides name codes, each
 * shared code's body is compared on its own (`response.404.body(zone_not_found)…`); otherwise the bodies as a whole. A
 * vendor body our spec wraps in an envelope (a departure of category `envelope` in scope names the property) is
 * compared with what is inside it.
 */
function compareErrorResponse(
  collector: DifferenceCollector,
  or: Obj,
  vr: Obj,
  status: string,
  context: OperationContext,
): void {
  const { ours, vendor } = collector;
  const { scopes } = context;
  const oursSchema = pickMedia(ours, or.content)?.schema;
  const vendorSchema = pickMedia(vendor, vr.content)?.schema;
  const oursCodes = errorCodes(ours, oursSchema);
  const vendorCodes = errorCodes(vendor, vendorSchema);
  // A vendor body that names no code says nothing about ours having codes.
  if (vendorCodes.size > 0) {
    for (const code of [...new Set([...vendorCodes, ...oursCodes])].sort()) {
      if (vendorCodes.has(code) && oursCodes.has(code)) continue;
      const documented = (has: boolean) => (has ? 'documented' : 'absent');
      collector.add(
        `status ${status} error ${code}`,
        'error-code',
        documented(vendorCodes.has(code)),
        documented(oursCodes.has(code)),
        scopes,
      );
    }
  }
  const at = `response.${status}.body`;
  if (vendorSchema === undefined && oursSchema === undefined) return;
  if (vendorSchema === undefined || oursSchema === undefined) {
    const side = (doc: Doc, schema: Json) => (schema === undefined ? 'absent' : describeType(flatten(doc, schema)));
    collector.add(at, 'error-body', side(vendor, vendorSchema), side(ours, oursSchema), scopes, 'field');
    return;
  }
  // Where the vendor names codes, each code in both is compared on its own (a code on one side only is already an
  // `error-code` difference); where it names none, the bodies are compared whole.
  const shared = [...oursCodes].filter((code) => vendorCodes.has(code)).sort();
  const pairs =
    vendorCodes.size > 0
      ? shared.map((code) => ({
          at: `${at}(${code})`,
          ours: branchFor(ours, oursSchema, code),
          vendor: branchFor(vendor, vendorSchema, code),
        }))
      : [{ at, ours: oursSchema, vendor: vendorSchema }];
  const codesCompared = vendorCodes.size > 0;
  for (const pair of pairs) {
    let oursBody = pair.ours;
    let where = pair.at;
    const envelope = context.registry.envelope(where, scopes, context.names);
    if (envelope?.property !== undefined) {
      const oursFlat = flatten(ours, oursBody);
      const vendorFlat = flatten(vendor, pair.vendor);
      const wrapped = oursFlat.properties.get(envelope.property);
      if (wrapped !== undefined && !vendorFlat.properties.has(envelope.property)) {
        context.registry.used.add(envelope);
        oursBody = wrapped;
        where = `${where}.${envelope.property}`;
      }
    }
    collector.compareSchemas(
      oursBody,
      pair.vendor,
      where,
      { direction: 'response', errorBody: true, codesCompared },
      scopes,
    );
  }
}
