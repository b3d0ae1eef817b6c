import nock from 'nock';
import { afterEach, beforeAll } from '@jest/globals';

// No test may reach the network except loopback servers it started itself.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterEach(() => {
  nock.cleanAll();
});
