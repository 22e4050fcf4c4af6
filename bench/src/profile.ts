/**
 * A CPU profile of one variant (V8's sampling profiler through node:inspector), summarised as self time by function
 * and by source file: the evidence for why a budget is not met. `--cpu-prof` on the whole bench gives the same data
 * for browsing in DevTools; this keeps only the loop under test.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/.exec(path);
  if (pnpm) return pnpm[1] as string;
  return path.startsWith(repoRoot) ? relative(repoRoot, path) : path;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: { name: string; where: string; selfMs: number; share: number }[];
  byFile: { where: string; selfMs: number; share: number }[];
  /** Time with the function on the stack (self and callees), for functions of the repository's packages. */
  inclusive: { name: string; where: string; totalMs: number; share: number }[];
}

export async function profileLoop(run: () => Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
    await run();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    return summarise(profile);
  } finally {
    session.disconnect();
  }
}

function summarise(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const functions = new Map<string, { name: string; where: string; us: number }>();
  const files = new Map<string, number>();
  const inclusiveUs = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') continue;
    total += us;
    const where = shortUrl(frame.url);
    const key = `${name}@${where}:${frame.lineNumber}`;
    const entry = functions.get(key) ?? { name, where: `${where}:${frame.lineNumber + 1}`, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    // Native frames (builtins, V8 and libuv work) are told apart by name: `run` is a threadpool job such as an HMAC.
    const file = name === '(garbage collector)' ? name : where === '(native)' ? `(native) ${name}` : where;
    files.set(file, (files.get(file) ?? 0) + us);
    // Every function of ours on this stack gets the time once, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const callFrame = byId.get(at)?.callFrame;
      if (!callFrame || !/^(packages|bench)\/|openapi-fetch\//.test(shortUrl(callFrame.url))) continue;
      const frameKey = `${callFrame.functionName || '(anonymous)'}@${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      inclusiveUs.set(frameKey, (inclusiveUs.get(frameKey) ?? 0) + us);
    }
  }
  const share = (us: number) => us / total;
  return {
    totalMs: total / 1000,
    byFunction: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, share: share(f.us) })),
    byFile: [...files]
      .sort((a, b) => b[1] - a[1])
      .map(([where, us]) => ({ where, selfMs: us / 1000, share: share(us) })),
    inclusive: [...inclusiveUs]
      .sort((a, b) => b[1] - a[1])
      .map(([key, us]) => {
        const at = key.indexOf('@');
        return { name: key.slice(0, at), where: key.slice(at + 1), totalMs: us / 1000, share: share(us) };
      }),
  };
}
