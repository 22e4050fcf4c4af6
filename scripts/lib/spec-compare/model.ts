/**
 * The vocabulary of `pnpm spec:compare`, shared by the comparer, the departures it applies and the report.
 *
 *   location  where a difference is, relative to its operation: `operation`, `api-version 1.0`, `security`, `status 404`,
 *             `status 404 error zone_not_found`, `request.query.page`, `request.path.server_id`,
 *             `request.header.X-Foo`, `request.content`, `request.body.a.b`, `response.200.content`,
 *             `response.200.header.Location`, `response.200.body.items[].name` (`[]` an array's items, `.*` a map's
 *             values), `response.404.body(zone_not_found).error.detail` (an error body, per error code)
 *   category  what kind of thing differs; every difference has exactly one, and the report counts each
 *   aspect    inside an error body, what differs there (field, type, …)
 */

/** Every category the comparison reports, in the order the report prints them. */
export const CATEGORIES = [
  'operation',
  'api-version',
  'security',
  'status',
  'error-code',
  'error-body',
  'parameter',
  'header',
  'content-type',
  'field',
  'type',
  'enum',
  'nullable',
  'required',
  'format',
  'constraint',
  'additional-properties',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What differs at a location of a schema: inside an error body these are the aspects of one `error-body` difference. */
export type Aspect = Extract<
  Category,
  'field' | 'type' | 'enum' | 'nullable' | 'required' | 'format' | 'constraint' | 'additional-properties'
>;

/**
 * Departures may also be of two categories that explain no difference by category:
 * - `envelope`: the spec wraps error bodies in a property the vendor's document leaves out (`property: error`); the
 *   comparison unwraps ours there before comparing error bodies;
 * - `inferred`: the spec documents something the vendor's document does not have, from another source (`source`
 *   names it); it explains every difference in its scope whose vendor side is absent.
 */
export const DEPARTURE_CATEGORIES = [...CATEGORIES, 'envelope', 'inferred'] as const;

export type DepartureCategory = (typeof DEPARTURE_CATEGORIES)[number];

export interface Departure {
  category: DepartureCategory;
  /** a location, or a pattern over locations: `*` is any run of characters but `.` and space, `**` any run at all */
  at: string;
  why: string;
  vendor?: string;
  ours?: string;
  /** `inferred`: where the spec's version comes from */
  source?: string;
  /** `envelope`: the property of our error bodies that wraps what the vendor's document shows */
  property?: string;
  /** root departures only: restrict to one operation (`GET /path` in either document's form, or an operationId) */
  operation?: string;
}

export interface PlacedDeparture extends Departure {
  /** where the departure is written: `root`, `operation GET /x`, `schema #/components/schemas/X` */
  where: string;
}

export interface Difference {
  at: string;
  category: Category;
  /** for `error-body`: what differs inside the body */
  aspect?: Aspect;
  vendor: string;
  ours: string;
  /** the departure that explains it, if any */
  explainedBy?: PlacedDeparture;
}

export interface OperationReport {
  method: string;
  /** our path if we have the operation, else the vendor's */
  path: string;
  ours?: { path: string; operationId?: string };
  vendor?: { path: string; operationId?: string };
  differences: Difference[];
}

export interface CategoryCount {
  unexplained: number;
  explained: number;
}

export interface Summary {
  vendorOperations: number;
  ourOperations: number;
  inBoth: number;
  onlyInVendor: number;
  onlyInOurs: number;
  unexplained: number;
  explained: number;
  unusedDepartures: number;
  /** every category, also those with nothing to report: a count of 0 says the category was compared */
  categories: Record<Category, CategoryCount>;
}

export interface Report {
  operations: OperationReport[];
  /** departures that explained nothing and unwrapped nothing: stale, or a typo in `at` */
  unusedDepartures: PlacedDeparture[];
  /** `x-departures` entries that are malformed (reported, never applied) */
  invalidDepartures: string[];
  summary: Summary;
}

export type Json = unknown;
export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How deep a schema is followed before the comparison stops descending (a guard, far above real documents). */
export const MAX_DEPTH = 64;
