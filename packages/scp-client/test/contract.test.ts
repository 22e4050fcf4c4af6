import { specPath } from '@cloudspecs/mock';
import { type ContractClient, describeContract } from '@cloudspecs/testkit';
import { createScpClient } from '../src/index.js';

describeContract({
  vendor: 'scp',
  specFile: specPath('scp'),
  // The sweep calls operations by method and path taken from the spec at run time, so it uses the untyped view.
  client: (baseUrl) =>
    createScpClient({
      accessKey: 'scp-access',
      secretKey: 'scp-secret',
      baseUrl,
      maxRetries: 0,
      // Every 1.0 operation is past its Not Before date (tested in api-versions.test.ts): not this suite's subject.
      onWarning: () => {},
    }) as unknown as ContractClient,
});
