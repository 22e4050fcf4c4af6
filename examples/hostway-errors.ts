import { AuthenticationError, createHostwayClient, NotFoundError } from '@cloudspecs/hostway-client';

const hostway = createHostwayClient({ baseUrl: process.env.HOSTWAY_BASE_URL });

// Result style: `error` is the fault the spec documents for that status, keyed by its name. Test `data`, not
// `error`: a 401 answers plain text, so `error` can be a string, and an empty string would not narrow `data`.
const { data, error } = await hostway.GET('/servers/{serverId}', { params: { path: { serverId: '167' } } });
if (data) console.log(data.server.status);
else console.log(error); // { itemNotFound: { code: 404, message: 'Server not found' } } …

// Or throwing: the error classes carry the fault name as `code`.
try {
  await hostway.GET('/servers/{serverId}', { params: { path: { serverId: '167' } }, throwOnError: true });
} catch (error) {
  if (error instanceof NotFoundError)
    console.log(error.code); // 'itemNotFound'
  else if (error instanceof AuthenticationError) console.log('check HOSTWAY_USERNAME and HOSTWAY_PASSWORD');
  else throw error;
}
