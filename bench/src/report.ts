/** What a section hands back: its tables (Markdown, printed and written to RESULTS.md) and its budgets. */

export interface Budget {
  /** e.g. "request overhead, sequential: katapult ≤ 1.10× raw fetch" */
  name: string;
  /** The measured figure as shown, e.g. "1.04×". */
  actual: string;
  /** The limit as shown, e.g. "≤ 1.10×". */
  limit: string;
  pass: boolean;
  /** Evidence shown beside a broken budget (a reference figure, where to look). */
  note?: string;
}

export interface SectionResult {
  title: string;
  /** How it was measured, in a sentence or three. */
  method: string;
  tables: string[];
  budgets: Budget[];
  /** Extra lines printed after the tables (e.g. a profile summary). */
  notes?: string[];
  seconds: number;
}

export function table(header: string[], rows: (string | number)[][], align?: ('l' | 'r')[]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : ':---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function µs(ns: number): string {
  return `${(ns / 1000).toFixed(1)} µs`;
}

export function ratio(value: number, digits = 2): string {
  return `${value.toFixed(digits)}×`;
}

export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

export function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} kB`;
}

export function opsPerSecond(nsPerOp: number): string {
  const ops = 1e9 / nsPerOp;
  return ops >= 10_000 ? `${Math.round(ops / 1000)}k ops/s` : `${Math.round(ops)} ops/s`;
}

export function budgetTable(budgets: Budget[]): string {
  return table(
    ['budget', 'limit', 'measured', 'result'],
    budgets.map((b) => [b.name, b.limit, b.actual, b.pass ? 'pass' : `**FAIL**${b.note ? ` — ${b.note}` : ''}`]),
    ['l', 'r', 'r', 'l'],
  );
}
