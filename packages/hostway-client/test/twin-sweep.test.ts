/**
 * Every operation of the Hostway twin, called with its spec example request on a twin fresh from its seed world
 * (@cloudspecs/testkit's twin sweep): each answers a status its operation documents, never a 500. Most succeed, since
 * the examples name the seed world's records; the rest are the documented refusals those requests meet (a volume
 * already attached).
 */
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { describeTwinSweep } from '@cloudspecs/testkit';
import { expect, it } from 'vitest';
import { createHostwayClient } from '../src/index.js';

const twin = await createTwin('hostway', { clock: 'manual' });

describeTwinSweep(
  {
    title: 'Hostway twin',
    specFile: fileURLToPath(new URL('../../mock/specs/hostway.json', import.meta.url)),
    twin,
    client: createHostwayClient({ username: 'test', password: 'test', fetch: twin.fetch }),
  },
  ({ cases, send }) => {
    it('every example request but attachVolume’s succeeds on the seed world (its volume is attached already: 409)', async () => {
      const refused: string[] = [];
      for (const item of cases) {
        twin.reset();
        const response = await send(item);
        if (response.status >= 300) refused.push(`${item.operationId} ${response.status}`);
      }
      expect(refused.sort()).toEqual(['attachVolume 409', 'attachVolumeForCurrentAccount 409']);
    });
  },
);
