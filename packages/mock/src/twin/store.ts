/**
 * The twin's state: records by resource key, in the order they were added, each with the lookups it was created
 * under (its parents). A collection holds at most `maxRecords`; the engine refuses a create past that with the
 * vendor's error, so a flood of creates cannot grow the twin without bound.
 */
import type { TwinRecord, TwinStore } from './types.js';

interface Entry {
  record: TwinRecord;
  parents: Record<string, string>;
}

/** Everything the store holds, as plain data (what `snapshot()` returns and `restore()` takes). */
export type StoreSnapshot = Record<string, Array<{ record: TwinRecord; parents: Record<string, string> }>>;

export class MemoryStore implements TwinStore {
  #collections = new Map<string, Map<string, Entry>>();

  #collection(resource: string): Map<string, Entry> {
    let collection = this.#collections.get(resource);
    if (!collection) {
      collection = new Map();
      this.#collections.set(resource, collection);
    }
    return collection;
  }

  get(resource: string, id: string): TwinRecord | undefined {
    return this.#collections.get(resource)?.get(id)?.record;
  }

  all(resource: string): TwinRecord[] {
    return [...(this.#collections.get(resource)?.values() ?? [])].map((entry) => entry.record);
  }

  find(resource: string, where: (record: TwinRecord) => boolean): TwinRecord | undefined {
    for (const entry of this.#collections.get(resource)?.values() ?? []) if (where(entry.record)) return entry.record;
    return undefined;
  }

  insert(resource: string, record: TwinRecord, parents: Record<string, string> = {}): TwinRecord {
    if (typeof record.id !== 'string' || record.id === '') {
      throw new TypeError(`twin store: a ${resource} needs a string id, got ${JSON.stringify(record.id)}`);
    }
    this.#collection(resource).set(record.id, { record, parents: { ...parents } });
    return record;
  }

  remove(resource: string, id: string): TwinRecord | undefined {
    const collection = this.#collections.get(resource);
    const entry = collection?.get(id);
    collection?.delete(id);
    return entry?.record;
  }

  parents(resource: string, id: string): Readonly<Record<string, string>> {
    return this.#collections.get(resource)?.get(id)?.parents ?? {};
  }

  count(resource: string): number {
    return this.#collections.get(resource)?.size ?? 0;
  }

  resources(): string[] {
    return [...this.#collections.keys()].filter((resource) => this.count(resource) > 0).sort();
  }

  clear(): void {
    this.#collections.clear();
  }

  snapshot(): StoreSnapshot {
    const out: StoreSnapshot = {};
    for (const [resource, collection] of this.#collections) {
      out[resource] = [...collection.values()].map((entry) => structuredClone(entry));
    }
    return out;
  }

  restore(snapshot: StoreSnapshot): void {
    this.#collections.clear();
    for (const [resource, entries] of Object.entries(snapshot)) {
      for (const entry of entries) this.insert(resource, structuredClone(entry.record), entry.parents);
    }
  }
}
