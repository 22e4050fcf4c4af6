/**
 * Operations our spec documents from another source than the vendor's own documentation carry an `x-departures` entry
 * of category `inferred`, naming that source (specs/README.md). Redoc does not render `x-` extensions, so the reference
 * gets a copy of the document in which each such operation's description starts with a visible note saying so: users
 * get the operation and know its footing. Written from the departure itself, so the note cannot drift from it.
 */
import { listOperations, type OpenApiDocument } from './code-samples.js';

export interface InferredNote {
  source: string;
  why: string;
}

/** The `inferred` departures of an operation that apply to the operation as a whole (`at: operation`). */
export function inferredNotes(operation: Record<string, unknown>): InferredNote[] {
  const departures = operation['x-departures'];
  if (!Array.isArray(departures)) return [];
  return departures.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { category, at, source, why } = entry as Record<string, unknown>;
    if (category !== 'inferred' || at !== 'operation' || typeof source !== 'string' || typeof why !== 'string')
      return [];
    return [{ source: source.trim(), why: why.trim() }];
  });
}

/** The note as Markdown: a quoted paragraph, first in the description. */
export function renderInferredNote(note: InferredNote): string {
  return `> **Inferred operation.** ${note.why} Source: ${note.source}.`;
}

/** A copy of the document in which every inferred operation's description opens with its note. */
export function withInferredNotes(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  for (const ref of listOperations(copy)) {
    const notes = inferredNotes(ref.operation);
    if (notes.length === 0) continue;
    const description = typeof ref.operation.description === 'string' ? ref.operation.description : '';
    ref.operation.description = [...notes.map(renderInferredNote), description].filter(Boolean).join('\n\n');
  }
  return copy;
}
