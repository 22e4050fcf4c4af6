import { createHostwayClient, waitForServer } from '@cloudspecs/hostway-client';

// username and password from HOSTWAY_USERNAME and HOSTWAY_PASSWORD
const hostway = createHostwayClient({
  accountId: 'smith1234',
  baseUrl: process.env.HOSTWAY_BASE_URL,
  throwOnError: true,
});

const created = await hostway.POST('/servers', {
  body: {
    server: {
      name: 'web01',
      imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
      flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
      securityGroupRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/default/',
      zone: 'AUS001',
    },
  },
});
console.log(created.response.status, created.data.server.status); // 202 'BUILD'

const server = await waitForServer(hostway, created, {
  onProgress: ({ status, progress }) => console.log(`${status} ${progress}%`),
});
console.log(server.status, server.accessIPv4); // 'ACTIVE' '203.0.113.40'
