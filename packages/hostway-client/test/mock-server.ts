import { mockServerSetup } from '@cloudspecs/testkit/global-setup';

export default mockServerSetup('hostway');
