import { createHostwayClient, paginate } from '@cloudspecs/hostway-client';

const hostway = createHostwayClient({ baseUrl: process.env.HOSTWAY_BASE_URL, throwOnError: true });

// Every ACTIVE server with its details, 100 per request; `break` stops the requests.
for await (const server of paginate(hostway, '/servers/detail', { query: { status: 'ACTIVE' }, pageSize: 100 })) {
  console.log(server.name, server.accessIPv4);
}
