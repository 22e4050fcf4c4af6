import { apiVersions, defaultApiVersion, operationVersions, Scp } from '@cloudspecs/scp-client';

console.log(apiVersions, defaultApiVersion); // [ '1.0', '1.1', '1.2', '1.3' ] '1.3'

// Pin the version your code was written against: a new release of the client does not change what you send.
const scp = new Scp({ apiVersion: '1.3', baseUrl: process.env.SCP_BASE_URL });
console.log(scp.client.apiVersion); // '1.3'

// What one operation supports, newest first: { version, status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED', notBefore }
console.log(operationVersions('POST', '/v1/servers/{server_id}/interfaces'));

// One call with another version: a documented one is checked, a newer one (1.4) is sent as it is.
await scp.servers.list({}, { apiVersion: '1.4' });

// Warnings (a DEPRECATED version; a request sent with a version past its Not Before date) go to onWarning, each once.
new Scp({ apiVersion: '1.3', onWarning: (message) => console.error(`[scp] ${message}`) });
