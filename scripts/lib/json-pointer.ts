/**
 * The one `$ref` resolver of scripts/, docs/ and bench/, for a bundled OpenAPI document (every `$ref` local, as
 * Redocly's bundle and packages/mock/specs/<vendor>.json have it). Its rules:
 *   - a `$ref` is a URI fragment holding a JSON pointer (RFC 6901 §6): `#` is the document, `#/components/schemas/Ip`
 *     a value in it; each step is percent-decoded, then `~1` reads `/` and `~0` reads `~`
 *   - a step names an own property of an object, or an index of an array; anything else does not resolve
 *   - a `$ref` that is not local (`other.yaml#/…`), that does not resolve, or a chain of them that comes back to one
 *     already passed, throws, naming the document (`label`) and the `$ref`
 * The generator's readers, the docs' code samples, spec-compare and the bench's seeds all follow `$ref`s with it.
 */

/** A JSON object as parsed; the readers narrow what they need. */
export type Json = Record<string, unknown>;

/** The value `ref` (`#/components/schemas/IpAddress`) names in `document`. */
export function pointerTarget(document: unknown, ref: string, label: string): unknown {
  if (!ref.startsWith('#'))
    throw new Error(`${label}: $ref ${ref} is not local: bundle the document first (npx @redocly/cli bundle)`);
  if (ref !== '#' && !ref.startsWith('#/')) throw new Error(`${label}: $ref ${ref} is no JSON pointer`);
  let node = document;
  for (const raw of ref === '#' ? [] : ref.slice(2).split('/')) {
    const step = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(step) && Number(step) < node.length) node = node[Number(step)];
    else if (isObject(node) && Object.hasOwn(node, step)) node = node[step];
    else throw new Error(`${label}: $ref ${ref} does not resolve`);
  }
  return node;
}

/**
 * Follows `value`'s `$ref`, and the target's, until a value that is no `$ref`: that value (`value` itself when it is
 * none), and every `$ref` passed on the way, in order.
 */
export function followRefs(document: unknown, value: unknown, label: string): { node: unknown; refs: string[] } {
  const refs: string[] = [];
  let node = value;
  while (isObject(node) && typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (refs.includes(ref)) throw new Error(`${label}: $ref cycle with nothing in between at ${ref}`);
    refs.push(ref);
    node = pointerTarget(document, ref, label);
  }
  return { node, refs };
}

/** `followRefs` bound to a document, for readers that need the target alone: an object, else `undefined`. */
export function refResolver(document: unknown, label: string): (value: unknown) => Json | undefined {
  return (value) => {
    const { node } = followRefs(document, value, label);
    return isObject(node) ? node : undefined;
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
