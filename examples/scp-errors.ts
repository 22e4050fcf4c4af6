import { ApiError, Scp, ValidationError } from '@cloudspecs/scp-client';

const scp = new Scp({ baseUrl: process.env.SCP_BASE_URL });

try {
  await scp.servers.start({ server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' });
} catch (error) {
  // `code` and `message` come from the first entry of SCP's error list (`errors[0].code`, or `type_` for a 400)
  if (error instanceof ValidationError) console.log(error.code, error.message);
  else if (error instanceof ApiError) console.log(error.status, error.code, error.body);
  else throw error;
}
