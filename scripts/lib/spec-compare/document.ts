/** One parsed OpenAPI document being compared, and its local `$ref`s. */
import { isObj, type Json, type Obj } from './model.ts';

export class Doc {
  constructor(
    readonly root: Obj,
    readonly label: string,
  ) {}

  /** Follows local `$ref`s (also chains of them); returns the target and every ref passed. */
  resolve(value: Json): { node: Json; refs: string[] } {
    const refs: string[] = [];
    let node = value;
    while (isObj(node) && typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (refs.includes(ref)) throw new Error(`${this.label}: $ref cycle with nothing in between at ${ref}`);
      refs.push(ref);
      node = this.pointer(ref);
    }
    return { node, refs };
  }

  /** `components.<kind>` of the document, or an empty object. */
  components(kind: string): Obj {
    const components = this.root.components;
    return isObj(components) && isObj(components[kind]) ? components[kind] : {};
  }

  private pointer(ref: string): Json {
    if (!ref.startsWith('#')) {
      throw new Error(
        `${this.label}: external $ref ${ref} is not supported in a vendor document; bundle it first (npx @redocly/cli bundle)`,
      );
    }
    let node: Json = this.root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      if (!isObj(node) && !Array.isArray(node)) throw new Error(`${this.label}: $ref ${ref} does not resolve`);
      node = (node as Record<string, Json>)[key];
      if (node === undefined) throw new Error(`${this.label}: $ref ${ref} does not resolve`);
    }
    return node;
  }
}
