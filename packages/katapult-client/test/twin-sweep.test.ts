/**
 * Every operation of the Katapult twin, called with its spec example request on a twin fresh from its seed world
 * (@cloudspecs/testkit's twin sweep): each answers a status its operation documents, never a 500. Most succeed, since
 * the examples name the seed world's records; the rest are the documented refusals those requests meet (an address
 * already allocated).
 */
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { describeTwinSweep } from '@cloudspecs/testkit';
import { expect, it } from 'vitest';
import { createKatapultClient } from '../src/index.js';

const twin = await createTwin('katapult', { clock: 'manual' });

describeTwinSweep(
  {
    title: 'Katapult twin',
    specFile: fileURLToPath(new URL('../../mock/specs/katapult.json', import.meta.url)),
    twin,
    client: createKatapultClient({ token: 'test', fetch: twin.fetch }),
  },
  ({ cases, send }) => {
    it('most example requests succeed on the seed world (at least 170 of 189)', async () => {
      let succeeded = 0;
      for (const item of cases) {
        twin.reset();
        if ((await send(item)).status < 300) succeeded += 1;
      }
      expect(succeeded).toBeGreaterThanOrEqual(170);
    });
  },
);
