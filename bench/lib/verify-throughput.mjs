/**
 * Benchmark 6 — verify throughput: Sigstore bundles verified per second with
 * the trusted root loaded once, and N attestations on one image digest
 * verified and judged, through @scs/verification's real code path — the one
 * actions/verify runs for every piece of evidence: `verifyBundle` (parse,
 * certificate identity, log entry, subject binding, @sigstore/verify's
 * certificate chain / SCT / Rekor inclusion / TSA / signature) and
 * `evaluateSubject` (the identity and attestation policy over all of them).
 *
 * The bundles are real: DSSE in-toto statements on one digest, signed with
 * @sigstore/sign against the loopback Sigstore stack of the integration tests
 * (test/support/sigstore-stack.ts; Fulcio certificate with GitHub claims,
 * Rekor entry, TSA timestamp), made as test/support/evidence.ts makes them.
 * Baseline in the same rounds: the bare @sigstore/verify `Verifier` (built
 * once) on the same bundle texts with the same identity, i.e. what our policy
 * layer costs on top of the cryptography.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { evaluateSubject, loadTrustedRootFile, resolvePredicateType, verifyBundle } from '@scs/verification';
import * as fs from 'node:fs';
import {
  COSIGN_SIGN_PREDICATE,
  COSIGN_VULN_V1,
  CYCLONEDX,
  GITHUB_BUILDER_ID,
  GITHUB_ISSUER,
  SLSA_PROVENANCE_V1,
  reusableWorkflowClaims,
  signStatement,
  slsaPredicate,
  statement,
  vulnPredicate,
} from '../../test/support/evidence.ts';
import { startSigstoreStack } from '../../test/support/sigstore-stack.ts';
import { interleaved, median, ms, table, verdict } from './stats.mjs';

export const VERIFY_BUDGET_MS = 2000;
const DIGEST = `sha256:${'5e'.repeat(32)}`;
const NAME = 'registry.example/octo-org/app';
const SIGNER = 'https://github.com/octo-org/release-workflows/.github/workflows/sign.yml@refs/tags/v1.2.0';

/** The mix a released image carries: provenance, vuln scans, SBOMs, cosign signatures. */
function evidence(i) {
  switch (i % 4) {
    case 0:
      return statement(NAME, DIGEST, SLSA_PROVENANCE_V1, slsaPredicate());
    case 1:
      return statement(NAME, DIGEST, COSIGN_VULN_V1, vulnPredicate([{ id: `CVE-2026-${1000 + i}`, severity: 'LOW' }]));
    case 2:
      return statement(NAME, DIGEST, CYCLONEDX, {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        components: [{ type: 'library', name: `lib${i}`, version: '1.0.0' }],
      });
    default:
      return statement(NAME, DIGEST, COSIGN_SIGN_PREDICATE, {});
  }
}

export async function benchVerifyThroughput({ runs, log, attestations = 50 }) {
  const stack = await startSigstoreStack();
  try {
    return await measure({ stack, runs, log, attestations });
  } finally {
    await stack.close();
  }
}

async function measure({ stack, runs, log, attestations }) {
  const texts = [];
  const signStarted = performance.now();
  for (let i = 0; i < attestations; i += 1)
    texts.push((await signStatement(stack, evidence(i), reusableWorkflowClaims())).toString('utf8'));
  const signMs = performance.now() - signStarted;
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

  // Loaded once, as the verify action does.
  const rootStarted = performance.now();
  const trust = loadTrustedRootFile(stack.trustedRootPath);
  const rootMs = performance.now() - rootStarted;
  const subject = { kind: 'image', digest: DIGEST, name: NAME };
  const policy = {
    certificateOidcIssuer: GITHUB_ISSUER,
    signerWorkflow: 'octo-org/release-workflows/.github/workflows/sign.yml',
    signerRefs: ['refs/tags/v*'],
    sourceRepository: 'octo-org/app',
    sourceRepositoryId: '1001',
    ownerId: '2002',
    runnerEnvironment: 'github-hosted',
    requireAttestations: ['slsaprovenance1', 'vuln', 'cyclonedx'].map((name) => resolvePredicateType(name)),
    builderId: GITHUB_BUILDER_ID,
    maxSeverity: 'high',
  };
  if (policy.requireAttestations.some((r) => r === undefined))
    throw new Error('a predicate short name did not resolve');

  // The baseline: a bare Verifier built once from the same trusted root.
  const root = TrustedRoot.fromJSON(JSON.parse(fs.readFileSync(stack.trustedRootPath, 'utf8')));
  const bare = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  const identity = { subjectAlternativeName: SIGNER, extensions: { issuer: GITHUB_ISSUER } };

  let verdictOfLastRound;
  const entries = [
    {
      name: 'ours',
      fn: () => {
        const results = texts.map((text, i) =>
          verifyBundle(text, { trust, subject, origin: { source: 'files', location: `bundle-${i}.json` } }),
        );
        const judged = evaluateSubject(subject, results, policy);
        const failed = results.filter((r) => !r.verified);
        if (failed.length > 0 || !judged.passed) {
          throw new Error(
            `@scs/verification refused the evidence: ${[...failed.flatMap((r) => r.reasons), ...judged.reasons].slice(0, 5).join('; ')}`,
          );
        }
        verdictOfLastRound = judged;
      },
    },
    {
      name: 'bare',
      fn: () => {
        for (const text of texts) bare.verify(toSignedEntity(bundleFromJSON(JSON.parse(text))), identity);
      },
    },
  ];
  // Rounds are cheap (seconds): twice the suite's runs, for stabler medians.
  const rounds = runs * 2;
  const times = await interleaved(entries, { runs: rounds, warmup: 2 });
  const ours = median(times.ours);
  const baseline = median(times.bare);
  const pass = ours <= VERIFY_BUDGET_MS;
  const checks = verdictOfLastRound.checks.map((c) => c.name).join(', ');
  const rows = [
    [
      `${attestations} attestations on one digest (${(bytes / 1e6).toFixed(2)} MB of bundles)`,
      ms(ours),
      `${((attestations * 1000) / ours).toFixed(0)} /s`,
      ms(baseline),
      `${((attestations * 1000) / baseline).toFixed(0)} /s`,
      `${(ours / baseline).toFixed(2)}×`,
      `≤ ${VERIFY_BUDGET_MS} ms`,
      verdict(pass),
    ],
  ];
  const markdown = [
    `${attestations} DSSE bundles on one image digest (provenance, vuln, CycloneDX and cosign-signature statements in turn), signed`,
    `with @sigstore/sign against the loopback Sigstore stack (Fulcio certificate with GitHub claims, Rekor entry, TSA timestamp;`,
    `${(signMs / 1000).toFixed(1)} s to make them). Trusted root loaded once (${ms(rootMs)}). Ours: \`verifyBundle\` for each bundle text +`,
    '`evaluateSubject` over all of them with a full policy (issuer, signer workflow and ref, repository, ids, runner, builder id,',
    `required provenance/vuln/CycloneDX, max severity) — the path actions/verify runs; every bundle must verify and the subject`,
    `pass (checks: ${checks}). Baseline: the bare @sigstore/verify \`Verifier\` (built once) with the same identity on the same texts.`,
    `In-process, medians of ${rounds} interleaved rounds after 2 warm-up rounds (an action run adds its load time: benchmark 1).`,
    '',
    table(
      ['workload', 'ours', 'ours: bundles/s', 'bare Verifier', 'bare: bundles/s', 'ours / bare', 'budget', 'verdict'],
      rows,
    ),
  ].join('\n');
  log?.(markdown);
  return { markdown, pass, results: { ours, baseline, attestations } };
}
