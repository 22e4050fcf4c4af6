/**
 * Where a place of a bundled spec comes from: the file under specs/ and the place in it. A drift report names the
 * schema as a JSON pointer into the spec the client bundles (`/components/schemas/Network/properties/default`); a
 * maintainer edits the YAML it came from, which may be another file (`specs/scp/components/schemas/Network.yaml`),
 * reached through `$ref`s the bundler replaced.
 *
 * The bundled document and the source files are walked side by side from the root: a `$ref` in a source file is
 * followed into its file, and the bundle's own `$ref` (to the component the bundler made of it) is followed to that
 * component, so every place of the bundle reached from the root is paired with the file and place it was written at.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

type Obj = { [key: string]: unknown };
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface SourcePlace {
  /** The file, relative to the repository root (`specs/scp/components/schemas/Network.yaml`). */
  file: string;
  /** The JSON pointer in that file (`''` for its root). */
  pointer: string;
  /** 1-based line of the place (of its key, when it is a property of a map). */
  line: number;
}

interface SourceFile {
  value: unknown;
  document: ReturnType<typeof parseDocument>;
  lines: LineCounter;
}

export const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
export const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
export const pointerSegments = (pointer: string) =>
  pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer);

function at(value: unknown, segments: readonly string[]): unknown {
  let node = value;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObj(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

export class SourceMap {
  private readonly files = new Map<string, SourceFile>();
  /** bundled pointer → where it was written */
  private readonly places = new Map<string, { file: string; pointer: string }>();

  constructor(
    private readonly root: string,
    rootFile: string,
    private readonly bundled: Obj,
  ) {
    this.walk('', bundled, { file: resolve(rootFile), pointer: '' }, new Set());
  }

  /** Whether the bundled spec has this place. */
  has(bundledPointer: string): boolean {
    return at(this.bundled, pointerSegments(bundledPointer)) !== undefined;
  }

  /**
   * The source of a bundled pointer: its own, or that of the nearest place above it that has one, walked down. With
   * `item`, a list there (`required`, `enum`) is searched for it, and the place is that item's.
   */
  locate(bundledPointer: string, item?: string): SourcePlace | undefined {
    const place = this.locateNode(bundledPointer);
    if (place === undefined || item === undefined) return place;
    const absolute = resolve(this.root, place.file);
    const list = this.valueAt(absolute, place.pointer);
    const index = Array.isArray(list) ? list.indexOf(item) : -1;
    if (index === -1) return place;
    const pointer = `${place.pointer}/${index}`;
    return { file: place.file, pointer, line: this.lineOf(absolute, pointer) };
  }

  private locateNode(bundledPointer: string): SourcePlace | undefined {
    const segments = pointerSegments(bundledPointer);
    for (let depth = segments.length; depth >= 0; depth--) {
      const above = depth === 0 ? '' : `/${segments.slice(0, depth).map(escapePointer).join('/')}`;
      const found = this.places.get(above);
      if (found === undefined) continue;
      // Below a known place, follow the source itself (through its $refs) for the rest of the way.
      let { file, pointer } = found;
      for (const segment of segments.slice(depth)) {
        ({ file, pointer } = this.followRef(file, pointer));
        pointer = `${pointer}/${escapePointer(segment)}`;
      }
      return { file: relative(this.root, file), pointer, line: this.lineOf(file, pointer) };
    }
    return undefined;
  }

  private load(file: string): SourceFile {
    let loaded = this.files.get(file);
    if (loaded === undefined) {
      const lines = new LineCounter();
      const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
      loaded = { value: document.toJS({ maxAliasCount: -1 }), document, lines };
      this.files.set(file, loaded);
    }
    return loaded;
  }

  private valueAt(file: string, pointer: string): unknown {
    return at(this.load(file).value, pointerSegments(pointer));
  }

  /** Follows `$ref`s written at a place of a source file to the place they name. */
  private followRef(file: string, pointer: string): { file: string; pointer: string } {
    for (let hops = 0; hops < 32; hops++) {
      const node = this.valueAt(file, pointer);
      if (!isObj(node) || typeof node.$ref !== 'string') break;
      const [target = '', fragment = ''] = node.$ref.split('#');
      if (target !== '') file = resolve(dirname(file), decodeURIComponent(target));
      pointer = fragment;
    }
    return { file, pointer };
  }

  private walk(
    bundledPointer: string,
    node: unknown,
    source: { file: string; pointer: string },
    seen: Set<string>,
  ): void {
    const followed = this.followRef(source.file, source.pointer);
    let bundledNode = node;
    let pointer = bundledPointer;
    // The bundle's own reference: the component the bundler made of the file, a place of its own to pair.
    if (isObj(bundledNode) && typeof bundledNode.$ref === 'string' && bundledNode.$ref.startsWith('#')) {
      pointer = bundledNode.$ref.slice(1);
      bundledNode = at(this.bundled, pointerSegments(pointer));
    }
    if (this.places.has(pointer) || seen.has(pointer)) return;
    seen.add(pointer);
    this.places.set(pointer, followed);
    const sourceNode = this.valueAt(followed.file, followed.pointer);
    if (Array.isArray(bundledNode) && Array.isArray(sourceNode)) {
      bundledNode.forEach((item, index) => {
        this.walk(`${pointer}/${index}`, item, { file: followed.file, pointer: `${followed.pointer}/${index}` }, seen);
      });
    } else if (isObj(bundledNode) && isObj(sourceNode)) {
      for (const [key, item] of Object.entries(bundledNode)) {
        // Examples hold no schema: not walked (they are most of a bundle).
        if (!(key in sourceNode) || key === 'example' || key === 'examples') continue;
        const step = escapePointer(key);
        this.walk(`${pointer}/${step}`, item, { file: followed.file, pointer: `${followed.pointer}/${step}` }, seen);
      }
    }
  }

  /** The line of a place: of its key when it is a property, else of the node; the file's first line when absent. */
  private lineOf(file: string, pointer: string): number {
    const { document, lines } = this.load(file);
    let node: unknown = document.contents;
    let offset = 0;
    for (const segment of pointerSegments(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
        );
        if (!isPair(pair)) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (item === undefined) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return lines.linePos(offset).line;
  }
}
