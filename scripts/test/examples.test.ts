/**
 * Every file of examples/ runs against its vendor's twin, or else its Prism mock (scripts/lib/examples.ts), so the
 * examples the READMEs and the guide embed never rot. Each must exit 0, write nothing to stderr and print what it
 * says it does; against a twin, what it prints must prove the state it made (the created address in the list, the
 * built machine started, the deleted one gone). Those of a vendor with a twin also run exactly as examples/README.md
 * says, against the twin started from the CLI.
 */
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Example, exampleMocks, examples, examplesDir, hasTwin, repoRoot } from '../lib/examples.ts';

const mocks = exampleMocks();
afterAll(() => mocks.close());

/** What each example prints, line by line (multiline regexes), in this order. */
const prints: Record<string, RegExp[]> = {
  'katapult-first-call.ts': [/^185\.199\.220\.\d+ ip_\w+$/m, /^200 Public Network on web-01$/m],
  'katapult-errors.ts': [/^no such machine \(virtual_machine_not_found\)$/m],
  'katapult-waiting.ts': [
    /^\d+ addresses on \d+ pages$/m,
    /^[\da-f.:]+ \w+$/m,
    /^task task_\w+ completed$/m,
    /^web-01 is started$/m,
  ],
  'katapult-path-style.ts': [/^185\.199\.220\.\d+$/m, /^[\d.]+$/m],
  // The twin answers as the spec says: nothing to report.
  'katapult-drift-reports.ts': [/^\d+ data centers, \d+ addresses: 0 drift report\(s\)$/m],
  'katapult-rate-limits.ts': [/^6 addresses, 0 requests in flight$/m],
  'katapult-tracing.ts': [
    /^katapult\.createIpAddress http:\/\/127\.0\.0\.1:\d+\/organizations\/organization\/ip_addresses 200$/m,
    /^true$/m,
  ],
  'katapult-provision.ts': [
    /^organization .+ \(acme\)$/m,
    /^zone .+ in .+$/m,
    /^package .+ \(\d+ CPU, \d+ GB\)$/m,
    /^disk template .+$/m,
    /^ssh key .+ \(key_\w+\)$/m,
    /^the organization has \d+ ssh key\(s\), this one among them: true$/m,
    /^build vmbuild_\w+ is pending \(task task_\w+\)$/m,
    /^task task_\w+ completed$/m,
    /^virtual machine provision-example \(vm_\w+\) is started$/m,
    /^allocated [\d.]+ \(ip_\w+\) to .+$/m,
    /^provision-example has [\d.]+/m,
    /^released [\d.]+$/m,
    /^deleted virtual machine vm_\w+ \(trash object trsh_\w+ purged\)$/m,
    /^virtual machine vm_\w+ is gone \(virtual_machine_not_found\)$/m,
    /^removed ssh key key_\w+$/m,
  ],
  'hostway-first-call.ts': [/^202 BUILD$/m, /^ACTIVE [\d.]+$/m],
  'hostway-errors.ts': [/^itemNotFound$/m],
  'hostway-waiting.ts': [/^\S+ [\d.]+$/m, /^\d+ on the first page$/m],
  'hostway-provision.ts': [
    /^zone AUS001 \(.+\)$/m,
    /^flavor Small \(512 MB, 10 GB\)$/m,
    /^image .+$/m,
    /^firewall group \w+ created$/m,
    /^server \d+ is BUILD$/m,
    /^ {2}BUILD (?:0|50)%$/m,
    /^server \d+ is ACTIVE$/m,
    /^server \d+ listed: true$/m,
    /^allocated flexible IP [\d.]+$/m,
    /^bound [\d.]+ to server \d+ \(public addresses: [\d.]+, [\d.]+\)$/m,
    /^unbound [\d.]+ from server \d+$/m,
    /^released [\d.]+ \(still held: false\)$/m,
    /^server \d+ is gone \(itemNotFound\)$/m,
  ],
  'scp-first-call.ts': [/^[\w-]+ ACTIVE$/m],
  'scp-errors.ts': [/^value_error scp: POST \S+\/v1\/servers\/web-01\/start failed with 400 .*invalid server id/m],
  'scp-waiting.ts': [/^[\w-]+ \S+ \w+$/m, /^[\w-]+ ACTIVE$/m],
  'scp-versions.ts': [/^\[ '1\.0', '1\.1', '1\.2', '1\.3' \] 1\.3$/m, /^1\.3$/m, /version: '1\.3', status: 'CURRENT'/],
  'scp-provision.ts': [
    /^VPC example\w+ \(10\.20\.0\.0\/16\) is CREATING$/m,
    /^subnet example\w+ \(10\.20\.1\.0\/24\) is ACTIVE$/m,
    /^security group example\w+ allows tcp 22 ingress$/m,
    /^key pair example\w+ \(([0-9a-f]{2}:){15}[0-9a-f]{2}\)$/m,
    /^server [\w-]+ is ACTIVE$/m,
    /^interface [\w-]+ on subnet \w+; the server has 2$/m,
    /^deleted interface [\w-]+$/m,
    /^deleted server [\w-]+$/m,
    /^deleted key pair example\w+$/m,
    /^deleted security group example\w+$/m,
    /^deleted subnet \w+$/m,
    /^deleted VPC \w+$/m,
  ],
  'mock-first-call.ts': [/^http:\/\/127\.0\.0\.1:\d+ \d+$/m],
  'twin-first-call.ts': [/^185\.199\.220\.\d+ true true$/m, /^http:\/\/127\.0\.0\.1:\d+$/m],
};

/** What a twin makes an example print must agree with itself: the state it shows is the state it made. */
const agrees: Record<string, (output: string) => void> = {
  'katapult-waiting.ts': (output) => {
    // the first page's total is the number of addresses the iteration walks through every page
    const total = Number(/^(\d+) addresses on/m.exec(output)?.[1]);
    expect(output.match(/^[\da-f.:]+ (\w+)$/gm)).toHaveLength(total);
  },
  'katapult-path-style.ts': (output) => {
    // the address created in the path style is in the list paginate walks
    const [created, ...listed] = output.trim().split('\n');
    expect(listed).toContain(created);
  },
  'hostway-waiting.ts': (output) => {
    // the iteration walks every ACTIVE server: as many as the first page of 100 holds
    const first = Number(/^(\d+) on the first page$/m.exec(output)?.[1]);
    expect(output.match(/^\S+ [\d.]+$/gm)).toHaveLength(first);
  },
  'hostway-provision.ts': (output) => {
    // one server throughout: the one built is the one listed, given the address, and gone at the end
    const id = /^server (\d+) is BUILD$/m.exec(output)?.[1];
    for (const line of [`server ${id} is ACTIVE`, `server ${id} listed: true`, `server ${id} is gone (itemNotFound)`])
      expect(output).toContain(line);
    // the address allocated is the one bound (beside the server's own) and released
    const address = /^allocated flexible IP ([\d.]+)$/m.exec(output)?.[1];
    expect(output).toMatch(
      new RegExp(
        `^bound ${address?.replaceAll('.', '\\.')} to server ${id} \\(public addresses: [\\d.]+, ${address?.replaceAll('.', '\\.')}\\)$`,
        'm',
      ),
    );
    expect(output).toContain(`released ${address} (still held: false)`);
  },
  'katapult-provision.ts': (output) => {
    // the allocated address is the one the machine then shows, and the one released
    const allocated = /^allocated ([\d.]+)/m.exec(output)?.[1];
    expect(output).toMatch(new RegExp(`^provision-example has ${allocated?.replaceAll('.', '\\.')}$`, 'm'));
    expect(output).toMatch(new RegExp(`^released ${allocated?.replaceAll('.', '\\.')}$`, 'm'));
  },
  'scp-provision.ts': (output) => {
    // everything it made is what it used and then deleted: the server sits on the subnet made here, and goes first
    const subnet = /^interface [\w-]+ on subnet (\w+);/m.exec(output)?.[1];
    expect(output).toMatch(new RegExp(`^deleted subnet ${subnet}$`, 'm'));
    const port = /^interface ([\w-]+) on subnet/m.exec(output)?.[1];
    expect(output).toMatch(new RegExp(`^deleted interface ${port}$`, 'm'));
    const server = /^server ([\w-]+) is ACTIVE$/m.exec(output)?.[1];
    expect(output).toMatch(new RegExp(`^deleted server ${server}$`, 'm'));
    const name = /^VPC (example\w+) /m.exec(output)?.[1];
    for (const what of ['subnet', 'security group', 'key pair']) expect(output).toContain(`${what} ${name}`);
  },
  'scp-waiting.ts': (output) => {
    // the server waited for is a new one: not among those listed before it was created
    const listed = [...output.matchAll(/^([\w-]+) \S+ \w+$/gm)].map((match) => match[1]);
    const waited = /^([\w-]+) ACTIVE$/m.exec(output)?.[1];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain(waited);
  },
};

/** SCP's notice of a version sent past its Not Before date: naming a newer one (`(SUPPORTED), whose …`), or none. */
const scpVersionNotice =
  /^scp: \S+ \S+ is sent with (?:virtualserver|vpc|securitygroup) [\d.]+(?: \(\w+\), whose|, the newest version the spec documents for it, whose) Not Before date /;

function inOrder(output: string, patterns: RegExp[]): void {
  let at = 0;
  for (const pattern of patterns) {
    const found = pattern.exec(output.slice(at));
    expect(found, `${pattern} after offset ${at} in:\n${output}`).not.toBeNull();
    at += (found?.index ?? 0) + (found?.[0].length ?? 0);
  }
}

describe('examples/ against the mocks', () => {
  it('every example file is in the catalog (scripts/lib/examples.ts) and has its expected output here', () => {
    const files = readdirSync(examplesDir).filter((file) => file.endsWith('.ts'));
    expect(examples.map((example) => example.file).sort()).toEqual(files.sort());
    expect(Object.keys(prints).sort()).toEqual(files.sort());
  });

  it.each(examples.map((example): [string, Example] => [example.file, example]))('examples/%s', async (_, example) => {
    const result = await mocks.run(example);
    // SCP warns on stderr when a call goes out with a version past its Not Before date (once for all the operations
    // documented only in 1.0, as most are). That notice is the client's documented behaviour; anything else fails.
    const stderr = result.stderr.split('\n').filter((line) => line && !scpVersionNotice.test(line));
    expect(stderr).toEqual([]);
    expect(result.code).toBe(0);
    inOrder(result.stdout, prints[example.file] ?? []);
    if (example.vendor && hasTwin(example.vendor)) {
      expect(example.prefer, `${example.file} runs against a twin, which needs no prefer answers`).toBeUndefined();
      agrees[example.file]?.(result.stdout);
    }
  });

  it("examples/mock-vitest: the mock README's vitest setup runs its two tests", async () => {
    const vitest = join(repoRoot, 'node_modules', '.bin', 'vitest');
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        vitest,
        ['run', '--root', join(examplesDir, 'mock-vitest')],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' }, timeout: 60_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stdout}${stderr}`)) : resolve(stdout),
      );
    });
    expect(output).toMatch(/Tests\s+2 passed \(2\)/);
  });

  it("examples/twin-vitest: the mock README's twin tests run (state, a wait under fake timers, a failure, a fault)", async () => {
    const vitest = join(repoRoot, 'node_modules', '.bin', 'vitest');
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        vitest,
        ['run', '--root', join(examplesDir, 'twin-vitest')],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' }, timeout: 60_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stdout}${stderr}`)) : resolve(stdout),
      );
    });
    expect(output).toMatch(/Tests\s+3 passed \(3\)/);
  });
});

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * examples/README.md, typed as it says: for each vendor with a twin, its CLI command starts the twin and its command
 * line runs each of the vendor's examples against it, at the twin's real speed and the waits' default intervals.
 * Only the port is another (a free one).
 */
const readme = readFileSync(join(examplesDir, 'README.md'), 'utf8');
const twinVendors = [
  ...new Set(examples.flatMap((example) => (example.vendor && hasTwin(example.vendor) ? [example.vendor] : []))),
];

describe.each(twinVendors)('examples/README.md, as typed, against the %s twin started from the CLI', (vendor) => {
  const server = new RegExp(`\`(pnpm exec cloudspecs-mock ${vendor} --twin --port (\\d+))\``).exec(readme);
  const prefix = vendor.toUpperCase();
  const command = new RegExp(`^((?:${prefix}_\\w+=\\S+ )+pnpm exec tsx) examples/${vendor}-provision\\.ts$`, 'm').exec(
    readme,
  );
  const vendorExamples = examples.filter((example) => example.vendor === vendor);

  it(`examples/README.md shows the ${vendor} twin command and the example command line`, () => {
    expect(server?.[1]).toBeDefined();
    expect(command?.[1]).toBeDefined();
  });

  it.each(vendorExamples.map((example) => [example.file]))(
    'examples/%s: finishes as examples/README.md runs it',
    async (file) => {
      const port = String(await freePort());
      const typed = (line: string) => line.replaceAll(String(server?.[2]), port);
      const twin = spawn('sh', ['-c', typed(server?.[1] ?? 'false')], {
        cwd: repoRoot,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        await new Promise<void>((resolve, reject) => {
          let out = '';
          twin.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (out.includes('twin listening on')) resolve();
          });
          twin.once('exit', (code) => reject(new Error(`the twin exited with ${code}: ${out}`)));
        });
        // the user's environment: none of the suite's variables of this vendor
        const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith(`${prefix}_`)));
        const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = execFile(
            'sh',
            ['-c', `${typed(command?.[1] ?? 'false')} examples/${file}`],
            { cwd: repoRoot, encoding: 'utf8', env, timeout: 120_000 },
            (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
          );
        });
        // SCP's notice of a version past its Not Before date is the client's documented behaviour; nothing else
        expect(result.stderr.split('\n').filter((line) => line && !scpVersionNotice.test(line))).toEqual([]);
        expect(result.code).toBe(0);
        inOrder(result.stdout, prints[file] ?? []);
        agrees[file]?.(result.stdout);
      } finally {
        if (twin.pid) process.kill(-twin.pid, 'SIGTERM');
      }
    },
    150_000,
  );
});
