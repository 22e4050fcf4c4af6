/** One parsed OpenAPI document being compared, and its local `$ref`s. */
import { followRefs } from '../json-pointer.ts';
import { isObj, type Json, type Obj } from './model.ts';

export class Doc {
  constructor(
    readonly root: Obj,
    readonly label: string,
  ) {}

  /**
   * Follows local `$ref`s (also chains of them) by the one resolver (scripts/lib/json-pointer.ts); returns the target
   * and every ref passed.
   */
  resolve(value: Json): { node: Json; refs: string[] } {
    return followRefs(this.root, value, this.label);
  }

  /** `components.<kind>` of the document, or an empty object. */
  components(kind: string): Obj {
    const components = this.root.components;
    return isObj(components) && isObj(components[kind]) ? components[kind] : {};
  }
}
