/**
 * The flags of an operation in a generated resource table (`[method, path, flags, …]`), a bit-or of these: written by
 * the generator (scripts/lib/resources.ts imports them from here) and read by the resource layer (resources.ts).
 */
export const RESOURCE_FLAGS = {
  /** the operation takes a JSON body: keys that are not parameters go to it */
  bodyRequired: 1,
  /** the JSON body is optional: sent only when a key goes to it */
  bodyOptional: 2,
  /** the answer is text/plain */
  text: 4,
  /** a paginated list (a GET in the vendor's pagination table) */
  list: 8,
  /**
   * the keys sent in both places (`bothKeys`) name what the call acts on, which the operation takes in the query or in
   * its optional body (Katapult's `ip_address` on release and unallocate): a call must give each of them
   */
  lookup: 16,
} as const;
