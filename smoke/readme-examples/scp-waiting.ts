import { createScpClient, paginate } from '@cloudspecs/scp-client';

const scp = createScpClient({ throwOnError: true });

// Every virtual server, 100 per request (`limit`/`marker` handled for you); `break` stops the requests.
for await (const server of paginate(scp, '/v1/servers', { limit: 100 })) {
  console.log(server.id, server.name, server.state);
}
