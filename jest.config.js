/**
 * ESM jest with ts-jest (transpile only; `npm run typecheck` does the type
 * checking). Three projects: fast unit tests; integration tests that run
 * built bundles, real Trivy and a local registry; and the hostile-input and
 * fault corpus (test/hostile) run against every action's bundle; and interop
 * (test/interop): the built bundles against the real cosign, syft, grype, gh,
 * slsa-verifier and an OCI 1.1 registry, built from pinned Go modules.
 */
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@scs/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/setup/nock-setup.ts'],
};

export default {
  // Per-project testTimeout is ignored by jest-circus; this one applies to all.
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
    {
      // The real tools (cosign, syft, grype, gh, slsa-verifier, the referrers registry)
      // built from pinned Go modules: both directions of every interop claim.
      ...shared,
      displayName: 'interop',
      testMatch: ['<rootDir>/test/interop/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'hostile',
      testMatch: ['<rootDir>/test/hostile/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
