import { createScpClient } from '@cloudspecs/scp-client';

// accessKey and secretKey from SCP_ACCESS_KEY and SCP_SECRET_KEY; every request is signed (HMAC-SHA256)
const scp = createScpClient({
  region: 'kr-west1',
  env: 'e',
  apiVersion: '1.3',
  baseUrl: process.env.SCP_BASE_URL,
  throwOnError: true,
});

const { data } = await scp.POST('/v1/servers/{server_id}/interfaces', {
  params: { path: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' } },
  body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' }, // or { port_id }: never both (a compile error)
});
console.log(data.port_id, data.port_state); // sent with Scp-Api-Version: virtualserver 1.3
