import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, InfrastructureError, PolicyFailure } from '@scs/action-kit';
import { describeFailure } from '../../../packages/action-kit/src/run-action.js';

describe('describeFailure', () => {
  it('reports configuration errors as they are', () => {
    expect(describeFailure(new ConfigurationError('Input `fail-on` is bad'))).toBe('Input `fail-on` is bad');
  });
  it('labels infrastructure failures and appends the cause chain', () => {
    const error = new InfrastructureError('download failed', { cause: new Error('HTTP 503') });
    expect(describeFailure(error)).toBe(
      'Infrastructure failure (not a finding): download failed\n  caused by: HTTP 503',
    );
  });
  it('passes policy verdicts through', () => {
    expect(describeFailure(new PolicyFailure('2 high findings'))).toBe('2 high findings');
  });
  it('marks anything else as a bug', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toMatch(/^Unexpected error \(a bug/);
  });
});
