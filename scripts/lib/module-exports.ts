/**
 * The names a TypeScript module exports, as the compiler resolves them (a re-export, an `export *`, an `export type`
 * and a renamed export count as they count for an importer), in the module's own order. The generated exports.ts
 * re-exports the runtime's error module name by name (scripts/lib/client-layer.ts), which an `import()` of it alone
 * cannot list: a type has no run-time trace.
 */
import ts from 'typescript';

export function exportNames(file: string): string[] {
  const program = ts.createProgram([file], {
    // Only the module and what it imports are read: no lib, no @types (the names do not need them).
    noLib: true,
    types: [],
    noEmit: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file}: not a module the compiler can read`);
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}
