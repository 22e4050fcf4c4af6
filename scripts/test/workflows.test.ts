/**
 * The GitHub workflows run what the READMEs tell people to run, read from the READMEs themselves, so that the two
 * cannot drift: CI runs the README's test command on the Node versions the packages promise, and every command any
 * workflow runs is one README.md, docs/README.md or CONTRIBUTING.md shows (or is listed below as machinery, with the
 * reason). The release workflow publishes with the commands CONTRIBUTING.md gives, and never from a fork or a pull
 * request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandsOf } from '../lib/readme-commands.ts';

const repo = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  'runs-on'?: string;
  container?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowsDir = join(repo, '.github', 'workflows');
const workflows = Object.fromEntries(
  readdirSync(workflowsDir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => [file, parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow]),
);
const workflow = (file: string): Workflow => {
  const parsed = workflows[file];
  if (!parsed) throw new Error(`.github/workflows/${file} is missing`);
  return parsed;
};

const documents = ['README.md', 'docs/README.md', 'CONTRIBUTING.md'];
const shown = new Set(documents.flatMap((file) => commandsOf(read(file))));

/** The commands of the README's "Quick start" (its first ```sh block), and among them the test command. */
const quickStart = (() => {
  const readme = read('README.md');
  const start = readme.indexOf('\n## Quick start\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return commandsOf(`\`\`\`sh\n${block}\`\`\``);
})();
const testCommand = quickStart.find((command) => /^npm (run )?test\b/.test(command));

/** What a workflow step runs: each line of `run`, without comments, continuations joined. */
function commandsOfStep(step: Step): string[] {
  return (step.run ?? '')
    .replace(/\s*\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Commands a workflow may run that no README shows, and why: GitHub's machinery, not something a user types. */
const machinery: Record<string, string> = {
  'echo "path=$(npx --yes "$(node -p "require(\'./package.json\').packageManager")" store path --silent)" >> "$GITHUB_OUTPUT"':
    'asks the pnpm package.json pins where its store is, so that actions/cache can keep it between runs',
};

/** A GitHub Actions expression as written in a workflow: `${{ inner }}`. */
const expression = (inner: string) => `\${{ ${inner} }}`;

/** The Node major the packages promise at least: engines.node of the root package.json (">=20.19" → 20). */
const oldestNode = /^>=\s*(\d+)/.exec(JSON.parse(read('package.json')).engines.node)?.[1];
/** owner/name of the repository, from a published package's repository.url. */
const repository = /github\.com[/:]([^/]+\/[^/.]+)/.exec(
  JSON.parse(read('packages/katapult-client/package.json')).repository.url,
)?.[1];

describe('the workflows run the READMEs’ commands', () => {
  it('the README’s quick start has a test command, and .ci/run runs that command', () => {
    expect(testCommand, `the quick start shows ${quickStart.join(', ')}`).toBeDefined();
    const ciRun = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(ciRun.at(-1)).toBe(testCommand);
  });

  it('ci.yml: on push and pull request, each job of the matrix runs the README’s test command exactly', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const test = ci.jobs.test;
    expect(test).toBeDefined();
    const commands = (test?.steps ?? []).flatMap(commandsOfStep);
    expect(commands.filter((command) => command === testCommand)).toHaveLength(1);
    // Nothing of the suite runs on its own beside it: the README's command is the whole of it.
    expect(commands.filter((command) => /^(pnpm|npm|npx) /.test(command) && command !== testCommand)).toEqual([]);
  });

  it('ci.yml: on the oldest Node the packages support and on the newest LTS', () => {
    const test = workflow('ci.yml').jobs.test;
    expect(test?.container).toBe(`node:${expression('matrix.node')}`);
    expect(test?.strategy?.matrix?.node).toEqual([oldestNode, 'lts']);
  });

  it('ci.yml: Debian’s chromium is installed, as docs/README.md says, before the tests run', () => {
    const steps = workflow('ci.yml').jobs.test?.steps ?? [];
    const chromium = steps.findIndex((step) =>
      commandsOfStep(step).some((command) => /apt-get install .*chromium/.test(command)),
    );
    const tests = steps.findIndex((step) => commandsOfStep(step).includes(testCommand ?? ''));
    expect(chromium).toBeGreaterThan(-1);
    expect(chromium).toBeLessThan(tests);
    expect(commandsOf(read('docs/README.md'))).toContain(commandsOfStep(steps[chromium] ?? {})[0]);
  });

  it('ci.yml: pnpm’s store is cached, keyed on the lockfile, before the tests run', () => {
    const steps = workflow('ci.yml').jobs.test?.steps ?? [];
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(String(cache?.with?.path)).toContain(expression('steps.store.outputs.path'));
    expect(String(cache?.with?.key)).toContain("hashFiles('pnpm-lock.yaml'");
    expect(steps.indexOf(cache ?? {})).toBeLessThan(steps.findIndex((step) => step.run === testCommand));
  });

  it('ci.yml: the bench runs only when asked (a workflow_dispatch input) and uploads its results', () => {
    const ci = workflow('ci.yml');
    const input = (ci.on.workflow_dispatch as { inputs?: Record<string, { type?: string }> } | undefined)?.inputs
      ?.bench;
    expect(input?.type).toBe('boolean');
    const bench = ci.jobs.bench;
    expect(bench?.if).toBe("github.event_name == 'workflow_dispatch' && inputs.bench");
    const commands = (bench?.steps ?? []).flatMap(commandsOfStep);
    expect(commands).toContain('pnpm bench');
    const upload = bench?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('bench/RESULTS.md');
    expect(read('bench/src/main.ts')).toContain("'../RESULTS.md'");
  });

  it('release.yml: changesets/action versions and publishes with the commands CONTRIBUTING.md shows, with provenance', () => {
    const job = workflow('release.yml').jobs.release;
    const changesets = job?.steps.find((step) => step.uses?.startsWith('changesets/action@'));
    const contributing = commandsOf(read('CONTRIBUTING.md'));
    expect(contributing).toContain(changesets?.with?.version);
    expect(contributing).toContain(changesets?.with?.publish);
    expect(changesets?.with?.publish).toMatch(/^pnpm release:publish$/);
    expect(JSON.parse(read('package.json')).scripts['release:publish']).toMatch(/changeset publish$/);
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
    expect(job?.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
  });

  it('release.yml: nothing publishes from a fork or a pull request', () => {
    const release = workflow('release.yml');
    expect(Object.keys(release.on)).toEqual(['push']);
    expect(release.on.push).toEqual({ branches: ['main'] });
    expect(release.permissions).toEqual({});
    for (const [name, job] of Object.entries(release.jobs)) {
      expect(job.if, `release.yml job ${name}`).toContain(`github.repository == '${repository}'`);
      expect(job.if).toContain("github.event_name == 'push'");
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
    }
    // No other workflow holds the npm token or publishes.
    for (const [file, parsed] of Object.entries(workflows)) {
      if (file === 'release.yml') continue;
      expect(JSON.stringify(parsed), file).not.toMatch(/NPM_TOKEN|changeset publish|release:publish|npm publish/);
    }
  });

  it('every command a workflow runs is one a README shows, or machinery listed here with the reason', () => {
    const unknown: string[] = [];
    for (const [file, parsed] of Object.entries(workflows)) {
      for (const [name, job] of Object.entries(parsed.jobs)) {
        for (const command of job.steps.flatMap(commandsOfStep)) {
          if (!shown.has(command) && !(command in machinery)) unknown.push(`${file} ${name}: ${command}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('commandsOfStep: a multi-line run is its lines, without comments, continuations joined', () => {
    expect(commandsOfStep({ run: '# why\napt-get update \\\n  && apt-get install -y chromium\n\nnpm test\n' })).toEqual(
      ['apt-get update && apt-get install -y chromium', 'npm test'],
    );
  });
});
