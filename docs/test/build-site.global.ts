import { performance } from 'node:perf_hooks';
import { buildSite } from '../src/build-site.ts';

export default async function buildSiteOnce(): Promise<void> {
  const started = performance.now();
  await buildSite();
  console.log(`docs: site/ built for the tests in ${Math.round(performance.now() - started)} ms`);
}
