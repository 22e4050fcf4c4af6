import { ApiError, Scp, ValidationError } from '@cloudspecs/scp-client';

const scp = new Scp({ baseUrl: process.env.SCP_BASE_URL });

try {
  await scp.servers.start({ server_id: 'web-01' }); // a server's name where its id belongs
} catch (error) {
  // `code` and `message` come from the first entry of SCP's error list (`errors[0].code`, or `type_` for a 400)
  if (error instanceof ValidationError) console.log(error.code, error.message);
  else if (error instanceof ApiError) console.log(error.status, error.code, error.body);
  else throw error;
}
