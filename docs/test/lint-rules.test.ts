/**
 * The lint rules in redocly.yaml are what our specs promise (specs/README.md). Each fixture in fixtures/ is valid.yaml
 * with one promise broken; linting it with the repo's redocly.yaml must fail with exactly the rule named here — through
 * @redocly/openapi-core (what `pnpm generate` runs) and through the `redocly lint` CLI (what `pnpm lint` runs).
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type Config, lint, loadConfig } from '@redocly/openapi-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { quietRedoclyEnv, redoclyCli } from '../src/build-site.ts';
import { registeredSpecs, repoRoot } from './specs.ts';

const fixturesDir = join(import.meta.dirname, 'fixtures');
const configPath = join(repoRoot, 'redocly.yaml');

/** fixture → the rule ids of the errors it must produce (and no other error) */
const expectedErrors: Record<string, string[]> = {
  'valid.yaml': [],
  'missing-operation-id.yaml': ['operation-operationId'],
  'operation-id-not-camel-case.yaml': ['rule/operationId-camel-case'],
  'duplicate-operation-id.yaml': ['operation-operationId-unique'],
  'missing-summary.yaml': ['operation-summary'],
  'missing-description.yaml': ['operation-description'],
  'missing-tag.yaml': ['operation-tag-defined'],
  'empty-tag-list.yaml': ['rule/operation-tags-not-empty'],
  'two-tags.yaml': ['operation-singular-tag'],
  'undeclared-tag.yaml': ['operation-tag-defined'],
  'response-without-example.yaml': ['rule/response-has-example'],
  'problem-json-response-without-example.yaml': ['rule/response-has-example'],
  'response-with-empty-examples.yaml': ['rule/examples-not-empty'],
  'named-example-without-value.yaml': ['rule/example-has-value'],
  'invalid-response-example.yaml': ['no-invalid-media-type-examples'],
  'response-example-with-unknown-property.yaml': ['no-invalid-media-type-examples'],
  'request-body-without-example.yaml': ['rule/request-body-has-example'],
  'invalid-request-example.yaml': ['no-invalid-media-type-examples'],
  'required-parameter-without-example.yaml': ['rule/required-parameter-has-example'],
  'invalid-parameter-example.yaml': ['no-invalid-parameter-examples'],
  'missing-4xx-response.yaml': ['operation-4xx-response'],
  'missing-security.yaml': ['security-defined'],
  'undefined-security-scheme.yaml': ['security-defined'],
  'unused-component.yaml': ['no-unused-components'],
};

let config: Config;
beforeAll(async () => {
  config = await loadConfig({ configPath });
});

async function lintProblems(ref: string) {
  const problems = await lint({ ref, config });
  return {
    errors: [...new Set(problems.filter((p) => p.severity === 'error').map((p) => p.ruleId))].sort(),
    warnings: problems.filter((p) => p.severity === 'warn').map((p) => `${p.ruleId}: ${p.message}`),
  };
}

test('every fixture in test/fixtures has an expectation, and every expectation a fixture', () => {
  const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.yaml'));
  expect(fixtures.sort()).toEqual(Object.keys(expectedErrors).sort());
});

describe('redocly.yaml rules (openapi-core lint)', () => {
  test('valid.yaml keeps every promise: no error, no warning', async () => {
    expect(await lintProblems(join(fixturesDir, 'valid.yaml'))).toEqual({ errors: [], warnings: [] });
  });

  for (const [fixture, rules] of Object.entries(expectedErrors).filter(([name]) => name !== 'valid.yaml')) {
    test(`${fixture}: fails with ${rules.join(', ')} and nothing else`, async () => {
      const { errors } = await lintProblems(join(fixturesDir, fixture));
      expect(errors).toEqual([...rules].sort());
    });
  }
});

test('redocly lint (the CLI) names the same rule for every fixture', async () => {
  const fixtures = Object.keys(expectedErrors).map((name) => join(fixturesDir, name));
  const result = await promisify(execFile)(
    process.execPath,
    [redoclyCli(), 'lint', '--config', configPath, '--format=github-actions', ...fixtures],
    { cwd: repoRoot, env: { ...process.env, ...quietRedoclyEnv } },
  ).catch((error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', code: error.code }));
  expect(result).toHaveProperty('code', 1); // some fixtures fail: the CLI exits 1
  const found: Record<string, Set<string>> = Object.fromEntries(Object.keys(expectedErrors).map((n) => [n, new Set()]));
  for (const line of result.stdout.split('\n')) {
    const match = /^::error title=([^,]+),file=([^,]+),/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    found[match[2].split('/').pop() ?? '']?.add(match[1]);
  }
  const actual = Object.fromEntries(Object.entries(found).map(([name, rules]) => [name, [...rules].sort()]));
  const expected = Object.fromEntries(Object.entries(expectedErrors).map(([name, rules]) => [name, [...rules].sort()]));
  expect(actual).toEqual(expected);
});

describe('the registered specs', () => {
  for (const spec of registeredSpecs()) {
    test(`${relative(repoRoot, spec.specPath)} lints with zero errors`, async () => {
      const { errors } = await lintProblems(spec.specPath);
      expect(errors, `run \`pnpm exec redocly lint ${relative(repoRoot, spec.specPath)}\` for details`).toEqual([]);
    });
  }
});
