/**
 * Every Trivy download handled by the action (issue 17 item 5), proven with
 * the real Trivy test binary and the local registry, network blocked (a
 * proxy that refuses and records every request):
 *
 * - The misconfiguration checks bundle: an OPA bundle in Trivy's real format
 *   (`.manifest` + a Rego check with Trivy's METADATA annotations), pushed as
 *   the checks bundle artifact (layer media type
 *   application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip, manifest
 *   annotation org.opencontainers.image.created). The action prepares it into
 *   `<cache-dir>/policy/content`; Trivy, told not to update checks, loads it
 *   instead of its embedded checks: the planted check's finding is reported
 *   and the embedded Dockerfile checks are not. (The real trivy-checks bundle
 *   is not available offline: this minimal bundle has its format.)
 * - The Java DB: a SQLite DB in trivy-java-db's real schema (v1: artifacts +
 *   indices keyed by SHA-1), pushed as `trivy-java-db:1`. An image holding a
 *   jar makes Trivy refuse under `--skip-java-db-update`; the action then
 *   prepares the Java DB and Trivy runs again. The real Trivy identifies the
 *   jar (a name without version, no pom.properties) by its SHA-1 in the
 *   prepared Java DB. (The real Java DB is not available offline.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import * as zlib from 'node:zlib';
import { prepareTrivyDb, prepareTrivyJavaDb } from '@scs/vuln-db';
import { runAction, workspaceFrom } from '../support/action-harness.js';
import { startEgressTrap, type EgressTrap } from '../support/interop.js';
import { buildOciArtifactLayout, buildOciLayout, pushOciLayout, tarDirectory } from '../support/oci-image.js';
import { requireInfra, requireTrivy, requireTrivyDb, testImage } from '../support/test-tools.js';

const trivy = requireTrivy();
const infra = trivy ? requireInfra() : undefined;
const trivyDb = infra ? requireTrivyDb(infra) : undefined;
const describeWithInfra = trivy && trivyDb ? describe : describe.skip;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-trivy-artifacts-'));
fs.mkdirSync(path.join(work, 'empty'));
const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };

/** A planted check in Trivy's Rego format: flags a Dockerfile LABEL naming scs-planted. */
const PLANTED_CHECK = `# METADATA
# title: Planted label
# description: A label named scs-planted is present.
# scope: package
# schemas:
# - input: schema["dockerfile"]
# custom:
#   id: SCS001
#   avd_id: AVD-SCS-0001
#   severity: HIGH
#   short_code: planted-label
#   recommended_action: Remove the label.
#   input:
#     selector:
#     - type: dockerfile
package builtin.dockerfile.SCS001

deny[res] {
	cmd := input.Stages[_].Commands[_]
	cmd.Cmd == "label"
	contains(cmd.Value[_], "scs-planted")
	res := result.new("the planted label is present", cmd)
}
`;

/** A ZIP archive of stored (uncompressed) entries: enough for a jar. */
function storedZip(entries: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** trivy-java-db v1: a SQLite DB mapping a jar's SHA-1 to its Maven coordinates, with metadata.json. */
function javaDbFiles(dir: string, jar: Buffer): void {
  fs.mkdirSync(dir, { recursive: true });
  const db = new DatabaseSync(path.join(dir, 'trivy-java.db'));
  db.exec(`CREATE TABLE artifacts(id INTEGER PRIMARY KEY, group_id TEXT, artifact_id TEXT);
    CREATE TABLE indices(artifact_id INTEGER, version TEXT, sha1 BLOB, archive_type TEXT,
      FOREIGN KEY (artifact_id) REFERENCES artifacts(id));
    CREATE UNIQUE INDEX artifacts_idx ON artifacts(artifact_id, group_id);
    CREATE INDEX indices_artifact_idx ON indices(artifact_id);
    CREATE UNIQUE INDEX indices_sha1_idx ON indices(sha1);`);
  db.prepare('INSERT INTO artifacts(id, group_id, artifact_id) VALUES (1, ?, ?)').run('org.example', 'planted');
  db.prepare('INSERT INTO indices(artifact_id, version, sha1, archive_type) VALUES (1, ?, ?, ?)').run(
    '1.0.0',
    createHash('sha1').update(jar).digest(),
    'jar',
  );
  db.close();
  const now = new Date().toISOString();
  fs.writeFileSync(
    path.join(dir, 'metadata.json'),
    JSON.stringify({ Version: 1, NextUpdate: now, UpdatedAt: now, DownloadedAt: now }),
  );
}

/** Packs `dir` as one tar.gz layer of `mediaType` and pushes it as `repository:tag`. */
async function pushArtifact(
  dir: string,
  repository: string,
  tag: string,
  mediaType: string,
  annotations?: Record<string, string>,
): Promise<string> {
  const layout = buildOciArtifactLayout({
    outDir: path.join(work, `layout-${repository}`),
    tag,
    configMediaType: 'application/vnd.oci.empty.v1+json',
    layers: [{ data: zlib.gzipSync(await tarDirectory(dir)), mediaType }],
    ...(annotations ? { annotations } : {}),
  });
  const pushed = await pushOciLayout(layout, { registry: infra!.registry, repository });
  return pushed.ref;
}

describeWithInfra('scan: the Java DB and the checks bundle come from the action, never from Trivy', () => {
  let trap: EgressTrap;
  let proxyEnv: Record<string, string>;
  const seen = () => trap.requests;
  const jar = storedZip({
    'META-INF/MANIFEST.MF': Buffer.from('Manifest-Version: 1.0\r\n\r\n'),
    'org/example/Planted.class': Buffer.from([0xca, 0xfe, 0xba, 0xbe]),
  });
  let checksRepository: string;
  let javaDbRepository: string;

  beforeAll(async () => {
    // The local registry is reached directly; anything else goes to a proxy that refuses it.
    trap = await startEgressTrap();
    proxyEnv = trap.env();

    const bundle = path.join(work, 'bundle');
    fs.mkdirSync(path.join(bundle, 'policies', 'scs'), { recursive: true });
    fs.writeFileSync(path.join(bundle, '.manifest'), '{"roots":[""]}\n');
    fs.writeFileSync(path.join(bundle, 'policies', 'scs', 'planted.rego'), PLANTED_CHECK);
    checksRepository = await pushArtifact(
      bundle,
      'trivy-checks',
      '1',
      'application/vnd.cncf.openpolicyagent.layer.v1.tar+gzip',
      { 'org.opencontainers.image.created': new Date().toISOString() },
    );
    const javaDb = path.join(work, 'java-db');
    javaDbFiles(javaDb, jar);
    javaDbRepository = await pushArtifact(
      javaDb,
      'trivy-java-db',
      '1',
      'application/vnd.aquasec.trivy.javadb.layer.v1.tar+gzip',
    );
  });
  afterAll(() => trap.close());

  it('a misconfig scan uses the prepared checks bundle: the planted check fires, the embedded ones do not run', async () => {
    const workspace = workspaceFrom(path.join(work, 'empty'));
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM alpine:3.18\nLABEL scs-planted=1\nRUN echo hi\n');
    trap.requests.length = 0;
    const run = await runAction('scan', {
      workspace,
      inputs: {
        'trivy-path': trivy!,
        scanners: 'misconfig',
        'fail-on': 'none',
        'checks-bundle-repository': checksRepository,
        'db-cache': 'false',
      },
      env: proxyEnv,
    });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Trivy misconfiguration checks bundle: downloaded sha256:[0-9a-f]{64} from /);
    const command = run.stdout.split('\n').find((line) => line.startsWith('Running: ') && line.includes(' fs '));
    expect(command).toMatch(
      / --skip-(policy|check)-update --(policy|checks)-bundle-repository 127\.0\.0\.1:\d+\/trivy-checks:1 /,
    );
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    const ids = report.Results.flatMap((r: { Misconfigurations?: { ID: string }[] }) =>
      (r.Misconfigurations ?? []).map((m) => m.ID),
    );
    expect(ids).toEqual(['SCS001']);
    expect(seen()).toEqual([]);
  });

  it('with checks-bundle-repository: embedded, the checks built into Trivy run and nothing is fetched', async () => {
    const workspace = workspaceFrom(path.join(work, 'empty'));
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM alpine:3.18\nLABEL scs-planted=1\nRUN echo hi\n');
    const run = await runAction('scan', {
      workspace,
      inputs: { 'trivy-path': trivy!, scanners: 'misconfig', 'fail-on': 'none' },
      env: proxyEnv,
    });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(fs.readFileSync(run.outputs['json-file']!, 'utf8'));
    const ids = report.Results.flatMap((r: { Misconfigurations?: { ID: string }[] }) =>
      (r.Misconfigurations ?? []).map((m) => m.ID),
    );
    expect(ids).toContain('DS002');
    expect(ids).not.toContain('SCS001');
  });

  it('an image with a jar: Trivy refuses without a Java DB, the action prepares it and Trivy runs again', async () => {
    const rootfs = path.join(work, 'jar-rootfs');
    fs.cpSync(path.join(testImage(infra!, 'alpine-app').fixture, 'rootfs'), rootfs, { recursive: true });
    fs.mkdirSync(path.join(rootfs, 'app'), { recursive: true });
    fs.writeFileSync(path.join(rootfs, 'app', 'lib.jar'), jar);
    const layout = await buildOciLayout({ rootfs, outDir: path.join(work, 'jar-layout'), tag: 'v1' });
    trap.requests.length = 0;
    const run = await runAction('scan', {
      runnerTemp: fs.mkdtempSync(path.join(work, 'runner-temp-')),
      inputs: {
        'image-archive': layout.dir,
        scanners: 'vuln',
        'fail-on': 'none',
        'trivy-path': trivy!,
        'db-repository': trivyDb!.repository,
        'java-db-repository': javaDbRepository,
        'db-cache': 'false',
      },
      env: proxyEnv,
    });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    const runs = run.stdout.split('\n').filter((line) => line.startsWith('Running: ') && line.includes(' image '));
    expect(runs).toHaveLength(2);
    for (const line of runs) expect(line).toContain(' --skip-db-update --skip-java-db-update ');
    expect(run.stdout).toMatch(/Trivy Java vulnerability database: downloaded sha256:[0-9a-f]{64} from /);
    expect(run.outputs).toMatchObject({ high: '1', total: '1' });
    expect(seen()).toEqual([]);
  });

  it('the real Trivy identifies the jar by its SHA-1 in the prepared Java DB', async () => {
    const cacheDir = path.join(work, 'cache');
    const options = { cacheDir, maxAgeHours: 72, stale: 'fail' as const, logger: quiet };
    await prepareTrivyDb({ ...options, repositories: [trivyDb!.repository] });
    const java = await prepareTrivyJavaDb({ ...options, repositories: [javaDbRepository] });
    expect(java).toMatchObject({ kind: 'trivy-java-db', source: 'download', dbDir: path.join(cacheDir, 'java-db') });
    const rootfs = path.join(work, 'jar-only');
    fs.mkdirSync(rootfs, { recursive: true });
    fs.writeFileSync(path.join(rootfs, 'lib.jar'), jar);
    const out = execFileSync(
      trivy!,
      [
        'rootfs',
        '--scanners',
        'vuln',
        '--list-all-pkgs',
        '--format',
        'json',
        '--cache-dir',
        cacheDir,
        '--skip-db-update',
        '--skip-java-db-update',
        '--',
        rootfs,
      ],
      { encoding: 'utf8', env: { ...process.env, ...proxyEnv }, timeout: 120_000 },
    );
    const packages = JSON.parse(out).Results.flatMap((r: { Packages?: { Name: string; Version: string }[] }) =>
      (r.Packages ?? []).map((p) => `${p.Name}@${p.Version}`),
    );
    expect(packages).toEqual(['org.example:planted@1.0.0']);
  });
});
