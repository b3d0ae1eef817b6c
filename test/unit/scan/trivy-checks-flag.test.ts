/** The misconfiguration scanner always runs with the build's skip-checks-update flag (issue 17 item 5, in part). */
import { describe, expect, it } from '@jest/globals';
import {
  MODERN_TRIVY,
  buildTrivyArgs,
  capabilitiesFromHelp,
  skipChecksUpdateFlag,
  type TrivyRunPlan,
} from '../../../actions/scan/src/trivy-args.js';

const plan = (over: Partial<TrivyRunPlan>): TrivyRunPlan => ({
  target: { kind: 'path', path: '/w', relative: '' },
  scanners: ['misconfig'],
  ignoreFile: '/t/none',
  configFile: '/t/empty.yaml',
  secretConfigFile: '/t/none.yaml',
  cacheDir: '/t/cache',
  outputFile: '/t/report.json',
  timeoutMinutes: 5,
  capabilities: MODERN_TRIVY,
  skipDbUpdate: false,
  javaDbRepositories: [],
  ...over,
});

describe('skip-checks-update flag', () => {
  it('reads the spelling from the help text', () => {
    expect(
      capabilitiesFromHelp(
        '  --scanners strings (vuln,misconfig,secret)\n  --skip-check-update   skip fetching rego check updates',
      ),
    ).toEqual({
      misconfigScanner: 'misconfig',
      skipChecksUpdateFlag: '--skip-check-update',
    });
    expect(
      capabilitiesFromHelp(
        '  --scanners strings (vuln,config,secret)\n  --skip-policy-update   skip fetching rego policy updates',
      ),
    ).toEqual({
      misconfigScanner: 'config',
      skipChecksUpdateFlag: '--skip-policy-update',
    });
  });

  it('falls back by scanner name when the help says nothing', () => {
    expect(skipChecksUpdateFlag({ misconfigScanner: 'config' })).toBe('--skip-policy-update');
    expect(skipChecksUpdateFlag(MODERN_TRIVY)).toBe('--skip-check-update');
  });

  it('is passed with misconfig only', () => {
    expect(buildTrivyArgs(plan({}))).toContain('--skip-check-update');
    expect(
      buildTrivyArgs(
        plan({ capabilities: { misconfigScanner: 'config', skipChecksUpdateFlag: '--skip-policy-update' } }),
      ),
    ).toContain('--skip-policy-update');
    const secretOnly = buildTrivyArgs(plan({ scanners: ['secret'] }));
    expect(secretOnly.filter((arg) => arg.startsWith('--skip-') && arg.endsWith('-update'))).toEqual([]);
  });
});
