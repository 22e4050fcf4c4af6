import { Scp } from '@cloudspecs/scp-client';

// accessKey and secretKey from SCP_ACCESS_KEY and SCP_SECRET_KEY; every request is signed (HMAC-SHA256)
const scp = new Scp({ region: 'kr-west1', env: 'e', apiVersion: '1.3', baseUrl: process.env.SCP_BASE_URL });

const port = await scp.servers.createInterface({
  server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f',
  subnet_id: '78b2ee3f074145c580ab6abac4821f97', // or port_id to attach an existing port; one of the two is required
});
console.log(port.port_id, port.port_state); // sent with Scp-Api-Version: virtualserver 1.3
