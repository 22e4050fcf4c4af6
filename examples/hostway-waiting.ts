import { Hostway } from '@cloudspecs/hostway-client';

const hostway = new Hostway({ baseUrl: process.env.HOSTWAY_BASE_URL });

// Every ACTIVE server with its details, 100 per request, following each page's `next` link; `break` stops the requests.
for await (const server of hostway.servers.listWithDetails({ status: 'ACTIVE', pageSize: 100 })) {
  console.log(server.name, server.accessIPv4);
}

// Awaited instead, the same call is its first page, links and all.
const firstPage = await hostway.servers.listWithDetails({ status: 'ACTIVE', pageSize: 100 });
console.log(`${firstPage.servers.length} on the first page`);
