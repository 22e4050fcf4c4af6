/**
 * Test support: the response validators of a document, as `pnpm generate` renders them, compiled with the runtime's
 * checks (packages/runtime/src/drift.ts) into one module and imported, so a test can run them.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ResponseValidators } from '../../../packages/runtime/src/drift-types.ts';
import { renderValidators } from '../../lib/validators.ts';

const runtimeDrift = join(import.meta.dirname, '..', '..', '..', 'packages', 'runtime', 'src', 'drift.ts');

export async function compileValidators(
  document: Record<string, unknown>,
  vendor = 'fixture',
): Promise<ResponseValidators> {
  const { contents } = renderValidators('', document, { vendor, runtimeImport: runtimeDrift, label: `${vendor} spec` });
  const result = await build({
    stdin: { contents, loader: 'ts', resolveDir: import.meta.dirname, sourcefile: `${vendor}-validators.ts` },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    validators: ResponseValidators;
  };
  return module.validators;
}

/** A minimal OpenAPI document answering `GET /thing` with `schema` (and `components.schemas`). */
export function documentWith(schema: unknown, schemas: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/thing': {
        get: {
          operationId: 'getThing',
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema } } },
            '204': { description: 'no body' },
          },
        },
      },
    },
    components: { schemas },
  };
}
