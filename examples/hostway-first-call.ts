import { Hostway } from '@cloudspecs/hostway-client';

// username and password from HOSTWAY_USERNAME and HOSTWAY_PASSWORD
const hostway = new Hostway({ accountId: 'smith1234', baseUrl: process.env.HOSTWAY_BASE_URL });

// Creating a server answers 202 with the server in BUILD and a Location to poll: keep the Response.
const created = await hostway.servers
  .create({
    server: {
      name: 'web01',
      imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
      flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
      zone: 'AUS001',
    },
  })
  .withResponse();
console.log(created.response.status, created.data.server.status); // 202 'BUILD'

// Its wait sits next to it: ACTIVE resolves; any other end state throws WaitFailedError, 30 minutes TimeoutError.
const server = await hostway.servers.waitForServer(created, {
  onProgress: ({ status, progress }) => console.log(`${status} ${progress}%`),
});
console.log(server.status, server.accessIPv4); // 'ACTIVE' '203.0.113.27'
