import nock from 'nock';
import { afterAll, afterEach, beforeAll } from '@jest/globals';

// No test may reach the network except loopback servers it started itself.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterEach(() => {
  nock.cleanAll();
});

// nock patches node:net/http, which every test file's module registry shares:
// undo it when a file is done, or the patches stack up across files.
afterAll(() => {
  nock.restore();
});
