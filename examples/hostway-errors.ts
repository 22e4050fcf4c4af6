import { AuthenticationError, Hostway, NotFoundError } from '@cloudspecs/hostway-client';

const hostway = new Hostway({ baseUrl: process.env.HOSTWAY_BASE_URL });

try {
  const { server } = await hostway.servers.get({ serverId: 'no-such-server' });
  console.log(server.status);
} catch (error) {
  // The error classes carry the fault's name as `code` and its message as `message`.
  if (error instanceof NotFoundError)
    console.log(error.code); // 'itemNotFound'
  else if (error instanceof AuthenticationError) console.log('check HOSTWAY_USERNAME and HOSTWAY_PASSWORD');
  else throw error;
}
