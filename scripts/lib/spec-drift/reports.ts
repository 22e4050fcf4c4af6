/**
 * Reading collected drift reports: one JSON object a line, as `onDrift` gives them (or as the logger gives them: an
 * entry whose `drift` is the report). Blank lines are skipped; a line that is neither is a problem naming its line.
 */
import type { DriftReport } from '../../../packages/runtime/src/drift-types.ts';

export type { DriftReport };

export interface ReadReports {
  reports: DriftReport[];
  /** `reports.jsonl:3: not JSON` */
  problems: string[];
}

const KINDS = new Set(['type', 'missing', 'enum', 'property', 'format', 'constraint', 'one-of', 'status']);
const STRINGS = ['vendor', 'operationId', 'method', 'path', 'pointer', 'kind', 'expected', 'seen', 'schema'] as const;

export function readReports(text: string, source: string): ReadReports {
  const reports: DriftReport[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${where}: not JSON`);
      return;
    }
    const candidate =
      typeof value === 'object' && value !== null && 'drift' in value ? (value as { drift: unknown }).drift : value;
    const missing = missingFields(candidate);
    if (missing.length > 0) {
      problems.push(`${where}: not a drift report (no ${missing.join(', ')})`);
      return;
    }
    reports.push(candidate as DriftReport);
  });
  return { reports, problems };
}

function missingFields(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['object'];
  const record = value as Record<string, unknown>;
  const missing: string[] = STRINGS.filter((field) => typeof record[field] !== 'string');
  if (typeof record.status !== 'number') missing.push('status');
  if (typeof record.kind === 'string' && !KINDS.has(record.kind)) missing.push(`known kind (got ${record.kind})`);
  return missing;
}
