/**
 * `x-departures`: the differences our spec makes on purpose, each with its category, where it applies and why.
 * Read from the root, operations and schemas of our spec; a difference is explained by the nearest departure in scope
 * (a schema's, then its operation's, then the root's) whose category and location match it.
 */
import {
  type Category,
  DEPARTURE_CATEGORIES,
  type DepartureCategory,
  type Difference,
  isObj,
  type Json,
  type PlacedDeparture,
} from './model.ts';

/** Departures in force where a difference was found: `prefix` is where a schema's relative `at` starts. */
export interface Scope {
  prefix: string;
  where: string;
  departures: Json;
}

export interface RecordedDifference extends Difference {
  scopes: Scope[];
}

export class DepartureRegistry {
  readonly invalid: string[] = [];
  readonly all: PlacedDeparture[] = [];
  readonly used = new Set<PlacedDeparture>();
  private readonly read = new Map<Json, PlacedDeparture[]>();

  /** The valid entries of one `x-departures` list (read once; malformed entries are recorded and left out). */
  entries(holder: Json, where: string): PlacedDeparture[] {
    const cached = this.read.get(holder);
    if (cached) return cached;
    const out: PlacedDeparture[] = [];
    if (!Array.isArray(holder)) {
      this.invalid.push(`${where}: x-departures must be a list of {category, at, why, vendor?, ours?}`);
    } else {
      holder.forEach((entry, index) => {
        const departure = this.parse(entry, `${where}: x-departures[${index}]`, where);
        if (!departure) return;
        out.push(departure);
        this.all.push(departure);
      });
    }
    this.read.set(holder, out);
    return out;
  }

  unused(): PlacedDeparture[] {
    return this.all.filter((departure) => !this.used.has(departure));
  }

  private parse(entry: Json, entryLabel: string, where: string): PlacedDeparture | undefined {
    if (!isObj(entry) || typeof entry.at !== 'string' || entry.at === '') {
      this.invalid.push(`${entryLabel} has no \`at\` (the location or pattern it applies to)`);
      return undefined;
    }
    const label = `${entryLabel} (${entry.at})`;
    if (typeof entry.why !== 'string' || entry.why.trim() === '') {
      this.invalid.push(`${label} has no \`why\``);
      return undefined;
    }
    if (!DEPARTURE_CATEGORIES.includes(entry.category as DepartureCategory)) {
      const given = entry.category === undefined ? 'no category' : `unknown category ${String(entry.category)}`;
      this.invalid.push(`${label} has ${given}; use one of ${DEPARTURE_CATEGORIES.join(', ')}`);
      return undefined;
    }
    const category = entry.category as DepartureCategory;
    if (category === 'inferred' && (typeof entry.source !== 'string' || entry.source.trim() === '')) {
      this.invalid.push(`${label} is inferred but names no \`source\` (where the spec's version comes from)`);
      return undefined;
    }
    if (category === 'envelope' && (typeof entry.property !== 'string' || entry.property === '')) {
      this.invalid.push(`${label} is an envelope but names no \`property\` (the one that wraps the vendor's body)`);
      return undefined;
    }
    const departure: PlacedDeparture = { category, at: entry.at, why: entry.why, where };
    if (entry.vendor !== undefined) departure.vendor = String(entry.vendor);
    if (entry.ours !== undefined) departure.ours = String(entry.ours);
    if (typeof entry.property === 'string') departure.property = entry.property;
    if (typeof entry.operation === 'string') departure.operation = entry.operation;
    if (typeof entry.source === 'string') departure.source = entry.source;
    return departure;
  }

  /** The departure that explains a difference, if any; marks it used. */
  explain(difference: RecordedDifference, operationNames: string[]): PlacedDeparture | undefined {
    for (const scope of [...difference.scopes].reverse()) {
      for (const departure of this.entries(scope.departures, scope.where)) {
        if (departure.operation !== undefined && !operationNames.includes(departure.operation)) continue;
        if (!explainsCategory(departure.category, difference)) continue;
        if (!locationMatches(joinAt(scope.prefix, departure.at), difference.at)) continue;
        this.used.add(departure);
        return departure;
      }
    }
    return undefined;
  }

  /** The envelope departure in force at an error body's location, if any (the caller marks it used if it unwraps). */
  envelope(at: string, scopes: Scope[], operationNames: string[]): PlacedDeparture | undefined {
    for (const scope of [...scopes].reverse()) {
      for (const departure of this.entries(scope.departures, scope.where)) {
        if (departure.category !== 'envelope') continue;
        if (departure.operation !== undefined && !operationNames.includes(departure.operation)) continue;
        if (locationMatches(joinAt(scope.prefix, departure.at), at)) return departure;
      }
    }
    return undefined;
  }
}

function explainsCategory(category: DepartureCategory, difference: Difference): boolean {
  if (category === 'inferred') return difference.vendor === 'absent';
  if (category === 'envelope') return false;
  return category === (difference.category satisfies Category);
}

export function joinAt(prefix: string, at: string): string {
  if (prefix === '') return at;
  if (at === '' || at === '*') return prefix;
  return at.startsWith('[') || at.startsWith('(') ? `${prefix}${at}` : `${prefix}.${at}`;
}

const patterns = new Map<string, RegExp>();

/**
 * Whether a departure's `at` applies to a location: `at` equals it, or is a prefix of it ending on a boundary (`.`,
 * `[`, `(` or a space), after its wildcards: `*` is any run of characters but `.` and space (one step), `**` any run.
 * `*` alone matches every location.
 */
export function locationMatches(at: string, location: string): boolean {
  if (at === '*') return true;
  let pattern = patterns.get(at);
  if (!pattern) {
    const source = at
      .split(/(\*\*|\*)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^. ]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    pattern = new RegExp(`^${source}(?:$|(?=[.[( ]))`);
    patterns.set(at, pattern);
  }
  return pattern.test(location);
}
