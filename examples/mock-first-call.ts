import { createKatapultClient } from '@cloudspecs/katapult-client';
import { startMock } from '@cloudspecs/mock';

const mock = await startMock('katapult'); // 'katapult' | 'hostway' | 'scp', or { spec: './openapi.yaml' }
try {
  const katapult = createKatapultClient({ token: 'test', baseUrl: mock.url, throwOnError: true });
  const { data } = await katapult.GET('/data_centers');
  console.log(mock.url, data.data_centers.length); // http://127.0.0.1:40123 …
} finally {
  await mock.close();
}
