import { describe, expect, it } from '@jest/globals';
import { emitAnnotations } from '@scs/action-kit';
import {
  annotationLevel,
  annotationTitle,
  evaluateGate,
  findingToAnnotation,
  findingsToAnnotations,
  repoRelativePath,
} from '@scs/findings';
import { finding, fixtureReport } from './helpers.js';

describe('annotationTitle', () => {
  it('names severity, id, package, version and fix', () => {
    expect(
      annotationTitle(
        finding({ id: 'CVE-2024-1234', packageName: 'openssl', packageVersion: '3.1.2', fixedVersion: '3.1.3' }),
      ),
    ).toBe('HIGH CVE-2024-1234 in openssl 3.1.2 (fixed in 3.1.3)');
    expect(annotationTitle(finding({ fixedVersion: undefined, fixState: 'not-fixed' }))).toBe(
      'HIGH CVE-2099-0001 in left-pad 1.0.0 (no fix yet)',
    );
    expect(annotationTitle(finding({ fixedVersion: undefined, fixState: 'wont-fix' }))).toMatch(/\(won't fix\)$/);
    const [misconfig] = fixtureReport('dockerfile.json.golden').findings;
    expect(misconfig && annotationTitle(misconfig)).toBe("HIGH DS-0002: Image user should not be 'root'");
    const [secret] = fixtureReport('secrets.json.golden').findings;
    expect(secret && annotationTitle(secret)).toBe('CRITICAL secret (aws-access-key-id): AWS Access Key ID');
    const [license] = fixtureReport('license-cyclonedx.json.golden').findings;
    expect(license && annotationTitle(license)).toBe(
      'MEDIUM license EPL-1.0 in org.eclipse.sisu:org.eclipse.sisu.plexus',
    );
  });
});

describe('annotationLevel', () => {
  it('maps severities without a gate', () => {
    expect(
      ['critical', 'high', 'medium', 'low', 'unknown'].map((s) => annotationLevel(finding({ severity: s as never }))),
    ).toEqual(['error', 'error', 'warning', 'notice', 'notice']);
  });

  it('with a gate: tripped → error, other critical/high/medium → warning, low/unknown → notice', () => {
    const findings = fixtureReport('ubuntu-1804.json.golden').findings; // 4 medium fixed, 1 low unfixed
    const gate = evaluateGate(findings, { failOn: 'low', onlyFixed: true });
    const annotations = findingsToAnnotations(findings, { gate });
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'error', 'error', 'notice']);
    const lenient = findingsToAnnotations(findings, {
      gate: evaluateGate(findings, { failOn: 'critical', onlyFixed: false }),
    });
    expect(lenient.map((a) => a.level)).toEqual(['warning', 'warning', 'warning', 'warning', 'notice']);
    const high = finding({ severity: 'high' });
    expect(annotationLevel(high, new Set())).toBe('warning');
    expect(annotationLevel(high, new Set([high]))).toBe('error');
  });
});

describe('findingToAnnotation locations', () => {
  it('makes misconfiguration and secret locations repository-relative', () => {
    const [aws] = fixtureReport('trivy-action__config-scan__report.json').findings;
    expect(aws && findingToAnnotation(aws, { pathPrefix: 'infra' })).toMatchObject({
      file: 'infra/main.tf',
      startLine: 8,
      endLine: 10,
      title: expect.stringMatching(/^HIGH AWS-0086: /),
      message: expect.stringContaining('Resolution: Enable blocking any PUT calls'),
    });
    const [secret] = fixtureReport('secrets.json.golden').findings;
    const annotation = secret && findingToAnnotation(secret, { pathPrefix: './' });
    expect(annotation).toMatchObject({ file: 'deploy.sh', startLine: 3, endLine: 3 });
    // The match is not repeated in the annotation, even redacted.
    expect(annotation?.message).not.toContain('AWS_ACCESS_KEY_ID');
  });

  it('points lockfile vulnerabilities at the lockfile and image findings at nothing', () => {
    const [jquery] = fixtureReport('npm.json.golden').findings;
    expect(jquery && findingToAnnotation(jquery, { pathPrefix: 'web' })).toMatchObject({
      file: 'web/package-lock.json',
      startLine: 11,
      endLine: 15,
    });
    const [image] = fixtureReport('alpine-39.json.golden').findings;
    const a = image && findingToAnnotation(image);
    expect(a?.file).toBeUndefined();
    expect(a?.startLine).toBeUndefined();
  });

  it('drops paths that would leave the repository', () => {
    expect(repoRelativePath('a', '../../etc/passwd')).toBeUndefined();
    expect(repoRelativePath('', '/etc/passwd')).toBeUndefined();
    expect(repoRelativePath('.', 'x/../y.txt')).toBe('y.txt');
    expect(repoRelativePath('./svc/api/', 'Dockerfile')).toBe('svc/api/Dockerfile');
    expect(repoRelativePath('svc\\api', 'a\\b.tf')).toBe('svc/api/a/b.tf');
    expect(findingToAnnotation(finding({ location: { path: '../outside', startLine: 1 } })).file).toBeUndefined();
  });
});

describe('findingsToAnnotations + emitAnnotations', () => {
  it('fits the per-step budget and cannot inject workflow commands', () => {
    const findings = Array.from({ length: 60 }, (_, i) =>
      finding({
        id: `CVE-2099-${i}`,
        severity: i % 2 === 0 ? 'critical' : 'medium',
        title: `bad\n::set-output name=x::y ${i}`,
        packageName: 'pkg\r\n::add-mask::z',
        location: { path: `dir,with:delims/package-lock.json`, startLine: i + 1 },
      }),
    );
    const lines: string[] = [];
    const result = emitAnnotations(findingsToAnnotations(findings, { pathPrefix: 'app' }), {
      overflowMessage: (n) => `${n} more findings are in the job summary and the SARIF report.`,
      write: (line) => lines.push(line),
    });
    expect(result).toEqual({ emitted: 20, omitted: 40 });
    expect(lines).toHaveLength(21);
    const physical = lines.join('\n').split(/\r\n|\r|\n/);
    expect(physical).toHaveLength(21);
    expect(physical.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(physical.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(physical.at(-1)).toBe(
      '::notice title=40 more not shown as annotations::40 more findings are in the job summary and the SARIF report.',
    );
    expect(lines[0]).toMatch(
      /^::error file=app\/dir%2Cwith%3Adelims\/package-lock\.json,line=1,title=CRITICAL CVE-2099-0 in pkg %3A%3Aadd-mask%3A%3Az 1\.0\.0 \(fixed in 1\.0\.1\)::bad%0A::set-output/,
    );
  });
});
