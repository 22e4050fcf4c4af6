/**
 * Every operation of the SCP twin, called through the signed client with its spec example request on a twin fresh
 * from its seed world (@cloudspecs/testkit's twin sweep): each answers a status its operation documents, never a 500.
 * Most succeed, since the examples name the seed world's records; the rest are the documented refusals those requests
 * meet (a key pair that exists, a server already ACTIVE that is started).
 */
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { describeTwinSweep } from '@cloudspecs/testkit';
import { expect, it } from 'vitest';
import { createScpClient } from '../src/index.js';

const twin = await createTwin('scp', { clock: 'manual' });
const client = createScpClient({
  accessKey: 'test-access-key',
  secretKey: 'test-secret-key',
  fetch: twin.fetch,
  maxRetries: 0,
  onWarning: () => {},
});

describeTwinSweep(
  {
    title: 'SCP twin',
    specFile: fileURLToPath(new URL('../../mock/specs/scp.json', import.meta.url)),
    twin,
    client,
  },
  ({ cases, send }) => {
    it('the example requests the seed world refuses are exactly the ones it must refuse, each in its documented form', async () => {
      const refused: Record<string, number> = {};
      for (const item of cases) {
        twin.reset();
        const response = await send(item);
        if (response.status >= 300) refused[item.operationId] = response.status;
      }
      // the examples describe one world: web-01 runs, its data volume is attached, its address and public IP are
      // bound, its image is private; requests that would make what already exists meet SCP's refusals
      expect(refused).toEqual({
        importImage: 409, // the image is active, not queued
        createImageMember: 409, // the image is private: share it first
        showImageMember: 404, // so it has no members
        updateImageMember: 404,
        deleteImageMember: 404,
        createKeypair: 409, // deploy-key exists
        deleteLaunchConfiguration: 400, // the Auto-Scaling Group uses it
        createVirtualServer: 409, // its fixed IP is web-01's
        createServerInterface: 409, // the same address
        createServerInterfacePrivateNat: 404, // the example's private NAT is not the network's
        createServerInterfaceNat: 400, // the interface has its static NAT
        attachVirtualServerSecurityGroup: 409, // sg-web is on web-01
        startVirtualServer: 409, // web-01 is ACTIVE
        createServerVolume: 409, // the data volume is in use
        createSnapshot: 400, // of a volume in use, without force
        createVolumeTransfer: 400, // of a volume in use
        showVolumeTransfer: 400, // so there is no transfer (SCP documents no 404 there)
        deleteVolumeTransfer: 400,
        acceptVolumeTransfer: 400,
        deleteVolume: 409, // in use
        revertVolumeToSnapshot: 409, // in use
        attachVolumeToVirtualServer: 409, // in use
        // the vpc and security-group services: the examples' network is the seed's
        createVpc: 400, // its range is vpc-web's
        deleteVpc: 409, // vpc-web has subnetweb
        createSubnet: 400, // its range is subnetweb's
        deleteSubnet: 409, // subnetweb has web-01's port
        deletePort: 409, // web-01's interface
        deletePublicip: 400, // bound to web-01 (the service's 400: no 409 documented)
        createSecurityGroup: 400, // sg-web exists
        deleteSecurityGroup: 409, // sg-web is on web-01
        createSecurityGroupRule: 409, // sg-web has that rule
        createSecurityGroupRules: 409, // the same rule, in bulk
        createInternetGateway: 400, // vpc-web has one (the service's 400: no 409 documented)
        createVpcPeering: 400, // webtodb joins vpc-web and vpc-db already
        createVpcPeeringRule: 400, // webtodb routes that range already
        createTransitGatewayVpcConnection: 400, // vpc-web is connected to tgwhub already
        createTransitGatewayRule: 400, // tgwhub routes that range to vpc-db already
        deleteTransitGateway: 409, // tgwhub has its VPC connections
        createVpcEndpoint: 400, // its address is vpce-obs's
      });
      expect(cases.length - Object.keys(refused).length).toBe(159);
    });
  },
);
