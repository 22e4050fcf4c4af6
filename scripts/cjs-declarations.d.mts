/** Types of scripts/cjs-declarations.mjs (plain JavaScript so that a package build runs with nothing but Node). */
export function toCjsDeclaration(text: string, source: string): string;
export function writeCjsDeclarations(dist: string, only?: Iterable<string>): string[];
