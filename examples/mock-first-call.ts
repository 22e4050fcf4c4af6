import { Katapult } from '@cloudspecs/katapult-client';
import { startMock } from '@cloudspecs/mock';

const mock = await startMock('katapult'); // 'katapult' | 'hostway' | 'scp', or { spec: './openapi.yaml' }
try {
  const katapult = new Katapult({ token: 'test', baseUrl: mock.url });
  const { data_centers } = await katapult.dataCenters.list();
  console.log(mock.url, data_centers.length); // http://127.0.0.1:40123 …
} finally {
  await mock.close();
}
