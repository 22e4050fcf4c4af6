/**
 * Prints a JSON value (an example from a spec) as a TypeScript literal in the repo's style: single quotes, bare keys
 * where they are identifiers, trailing commas, and an object or array kept on one line only when it fits.
 */

export interface LiteralLayout {
  /** current indentation of the line the literal starts on */
  indent: number;
  /** column the literal starts at, to decide whether it fits on that line */
  column: number;
  /** maximum line length (Biome's lineWidth in this repo) */
  width: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function tsLiteral(value: unknown, layout: Partial<LiteralLayout> = {}): string {
  const { indent = 0, column = indent, width = 120 } = layout;
  const inline = inlineLiteral(value);
  // `column + inline.length` leaves room for the `,` or `;` that follows.
  if (!isContainer(value) || isEmpty(value) || column + inline.length < width) return inline;
  const inner = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const items = value.map((item) => `${inner}${tsLiteral(item, { indent: indent + 2, column: indent + 2, width })},`);
    return `[\n${items.join('\n')}\n${close}]`;
  }
  const entries = definedEntries(value).map(([key, item]) => {
    const prefix = `${inner}${propertyKey(key)}: `;
    return `${prefix}${tsLiteral(item, { indent: indent + 2, column: prefix.length, width })},`;
  });
  return `{\n${entries.join('\n')}\n${close}}`;
}

function inlineLiteral(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return stringLiteral(value.toISOString());
  switch (typeof value) {
    case 'string':
      return stringLiteral(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'object':
      break;
    default:
      throw new TypeError(`an example holds a ${typeof value}, which JSON cannot carry`);
  }
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  const entries = definedEntries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${inlineLiteral(item)}`).join(', ')} }`;
}

function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

export function stringLiteral(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === "'") out += "\\'";
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}'`;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function isEmpty(value: Record<string, unknown> | unknown[]): boolean {
  return Array.isArray(value) ? value.length === 0 : definedEntries(value).length === 0;
}

function definedEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
