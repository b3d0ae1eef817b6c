import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationError,
  InfrastructureError,
  actionRuntime,
  describeFailure,
  ensureConfinedDirectory,
  errorMessage,
  failureSummaryMarkdown,
  moveFileNoFollow,
  prepareToolRunDirectory,
  unusedRepositoryConfigFiles,
  SizeCapError,
  readFileCappedSync,
  runProcess,
  tailLines,
  type Logger,
  type RunContext,
  type RunOptions,
  type RunResult,
  type ToolInputs,
} from '@scs/action-kit';
import { platformImages, resolveImageForAction, type ResolvedImage } from '@scs/oci';
import { SbomParseError, computeSbomStats, parseSbom, type ParsedSbom, type SbomFormat } from '@scs/sbom';
import { SyftInstaller, TrivyInstaller, type InstalledTool } from '@scs/tool-installer';
import { sniffArchive, type ArchiveKind } from './archive-kind.js';
import { defaultArtifactName, snapshotCorrelator } from './artifact-name.js';
import {
  actionsArtifactUploader,
  artifactUnavailableReason,
  describeUploadFailure,
  type ArtifactUploader,
} from './artifact-upload.js';
import { apiMessage, githubRequest, type GitHubRequest } from '@scs/github-api';
import type { Generator, SbomInputs } from './inputs.js';
import { planOutputFiles, targetSlug, type OutputFile } from './output-files.js';
import { releaseFromEvent, uploadReleaseAssets } from './release-assets.js';
import { renderSbomSummary, type SummaryData } from './sbom-summary.js';
import { DETECTOR_URLS, buildSnapshot } from './snapshot.js';
import { buildSyftArgs, syftEnvironment, syftSource } from './syft-args.js';
import { buildTrivySbomArgs, pinImageReference, trivyEnvironment, type TrivySbomFormat } from './trivy-sbom-args.js';

/** Upper bound for one generator run. */
export const TOOL_TIMEOUT_MINUTES = 30;

export interface SbomDeps {
  context: RunContext;
  logger: Logger;
  installTool: (generator: Generator, tool: ToolInputs, mirror: string) => Promise<InstalledTool>;
  runTool: (command: string, args: readonly string[], options: RunOptions) => Promise<RunResult>;
  artifacts: ArtifactUploader;
  api: GitHubRequest;
  setOutput: (name: string, value: string) => void;
  /** Bytes the job summary may use (GITHUB_STEP_SUMMARY's budget less what is there). */
  summaryBudget: () => Promise<number>;
  writeSummary: (markdown: string) => Promise<void>;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Resolves `image` in its registry (for `platform: all`): its digest and, for an index, its platform manifests. */
  resolveImage: (image: string, inputs: SbomInputs) => Promise<ResolvedImage>;
}

export function defaultDeps(): SbomDeps {
  const runtime = actionRuntime();
  return {
    context: runtime.context,
    logger: runtime.logger,
    installTool: (generator, tool, mirror) => {
      const installer = generator === 'syft' ? new SyftInstaller() : new TrivyInstaller();
      return installer.install({
        ...(tool.version ? { version: tool.version } : {}),
        ...(tool.sha256 ? { sha256: tool.sha256 } : {}),
        ...(mirror ? { mirror } : {}),
        ...(tool.path ? { path: tool.path } : {}),
      });
    },
    runTool: runProcess,
    artifacts: actionsArtifactUploader,
    api: githubRequest,
    setOutput: runtime.setOutput,
    summaryBudget: runtime.summaryBudget,
    writeSummary: runtime.writeSummary,
    env: runtime.env,
    now: runtime.now,
    resolveImage: (image, inputs) => resolveImageForAction(image, inputs, runtime),
  };
}

const TOOL_NAMES: Readonly<Record<Generator, string>> = { syft: 'Syft', trivy: 'Trivy' };

interface ProducedDocument extends OutputFile {
  parsed: ParsedSbom;
  sha256: string;
  bytes: number;
}

/** Preference for the document the statistics and the snapshot are computed from. */
const RICHNESS: Readonly<Record<SbomFormat, number>> = { 'cyclonedx-json': 3, 'syft-json': 2, 'spdx-json': 1 };

function targetInput(inputs: SbomInputs, platform?: string): SummaryData['target'] {
  const t = inputs.target;
  if (t.kind === 'image') return { input: 'image', value: platform ? `${t.image} · ${platform}` : t.image };
  if (t.kind === 'file')
    return { input: 'file', value: path.relative(inputs.workspace, t.file).split(path.sep).join('/') || t.file };
  return { input: 'path', value: t.relative || '.' };
}

function readArchiveKind(file: string): ArchiveKind {
  const fd = fs.openSync(file, 'r');
  try {
    return sniffArchive((offset, length) => {
      const buffer = Buffer.alloc(length);
      const read = fs.readSync(fd, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    });
  } finally {
    fs.closeSync(fd);
  }
}

export async function run(inputs: SbomInputs, deps: SbomDeps = defaultDeps()): Promise<void> {
  const state = { summarized: false };
  try {
    await produce(inputs, deps, state);
  } catch (error) {
    // A failure before the summary was written: the summary says what failed.
    if (inputs.summary && !state.summarized) {
      await deps.writeSummary(
        failureSummaryMarkdown(
          'SBOM could not be produced',
          describeFailure(error),
          Math.min(16_384, await deps.summaryBudget()),
        ),
      );
    }
    throw error;
  }
}

/** One SBOM to produce: the image (or a platform manifest of its index, by digest), and where its files go. */
interface SbomUnit {
  target: SbomInputs['target'];
  outputs: OutputFile[];
  /** Slug of the target (and platform): artifact names, snapshot correlators. */
  slug: string;
  /** `os/arch[/variant]` with `platform: all`. */
  platform?: string;
  /** That platform manifest's digest. */
  digest?: string;
}

/** One unit produced: its documents and statistics. */
interface ProducedUnit extends SbomUnit {
  documents: ProducedDocument[];
  primary: ProducedDocument;
  stats: ReturnType<typeof computeSbomStats>;
  subject: ParsedSbom['subject'];
}

async function produce(inputs: SbomInputs, deps: SbomDeps, state: { summarized: boolean }): Promise<void> {
  const { logger, context } = deps;
  const toolInputs = inputs.generator === 'syft' ? inputs.syft : inputs.trivy;
  const tool = await logger.group(`Install ${TOOL_NAMES[inputs.generator]}`, async () => {
    const installed = await deps.installTool(inputs.generator, toolInputs, inputs.toolsMirror);
    logger.info(`${TOOL_NAMES[inputs.generator]} ${installed.version} from ${installed.source}: ${installed.binary}`);
    return installed;
  });
  const units = await sbomUnits(inputs, deps);
  // Created, then checked again by real path: a link in the checkout never takes the SBOM elsewhere.
  ensureConfinedDirectory(inputs.outputDir, {
    name: inputs.outputFile ? 'output-file' : 'output-dir',
    value: path.relative(inputs.workspace, inputs.outputFile || inputs.outputDir) || inputs.outputDir,
    roots: [inputs.workspace, context.runnerTemp],
    rootsLabel: 'the workspace and RUNNER_TEMP',
  });
  const configuration = sbomToolConfiguration(inputs, logger);
  const produced: ProducedUnit[] = [];
  for (const unit of units) produced.push(await produceUnit(inputs, deps, tool, unit));
  setDocumentOutputs(deps, produced);

  const failures: Error[] = [];
  const documents = produced.flatMap((unit) => unit.documents);
  const slug = targetSlug(inputs.target, context.repository);
  const delivery: Delivery = { inputs, deps, documents, failures };
  const artifact = await deliverArtifact(delivery, slug);
  const release = await deliverReleaseAssets(delivery);
  const snapshots: SummaryData['snapshot'][] = [];
  for (const unit of produced) {
    const unitInputs = { ...inputs, target: unit.target };
    snapshots.push(await deliverSnapshot(unitInputs, deps, unit.slug, unit.primary.parsed, tool, failures));
  }

  if (inputs.summary) {
    const budget = await deps.summaryBudget();
    const sections = produced.map((unit, index) =>
      renderSbomSummary(
        {
          generator: { name: TOOL_NAMES[inputs.generator], version: tool.version },
          configuration,
          target: targetInput(inputs, unit.platform),
          subject: unit.subject,
          documents: unit.documents.map((d) => ({
            format: d.format,
            file: path.basename(d.file),
            sha256: d.sha256,
            bytes: d.bytes,
          })),
          stats: unit.stats,
          // The artifact and the release hold every platform's files: said once.
          artifact: index === 0 ? artifact : { state: 'off' },
          release: index === 0 ? release : { state: 'off' },
          snapshot: snapshots[index]!,
        },
        { budgetBytes: Math.floor(budget / produced.length) },
      ),
    );
    await deps.writeSummary(sections.join('\n'));
    state.summarized = true;
  }

  if (failures.length > 0) throw failures[0]!;
}

/**
 * What is described: the target, or with `platform: all` every platform
 * manifest of the image index, each by digest into its own files (a
 * single-platform image is that one image).
 */
async function sbomUnits(inputs: SbomInputs, deps: SbomDeps): Promise<SbomUnit[]> {
  const slug = targetSlug(inputs.target, deps.context.repository);
  const plan = (baseName: string) =>
    planOutputFiles({ formats: inputs.formats, outputFile: inputs.outputFile, outputDir: inputs.outputDir, baseName });
  if (inputs.platform.kind !== 'all' || inputs.target.kind !== 'image')
    return [{ target: inputs.target, outputs: plan(slug), slug }];
  const image = inputs.target.image;
  const resolved = await deps.logger.group(`Resolve ${image}`, () => deps.resolveImage(image, inputs));
  const { images, message } = platformImages(image, resolved);
  deps.logger.info(message);
  return images.map((entry): SbomUnit => {
    const unitSlug = entry.slug ? `${slug}-${entry.slug}` : slug;
    return {
      target: { kind: 'image', image: entry.image },
      outputs: plan(unitSlug),
      slug: unitSlug,
      digest: entry.digest,
      ...(entry.platform ? { platform: entry.platform } : {}),
    };
  });
}

/** Runs the generator for one unit, moves its files into place and reads them back. */
async function produceUnit(
  inputs: SbomInputs,
  deps: SbomDeps,
  tool: InstalledTool,
  unit: SbomUnit,
): Promise<ProducedUnit> {
  const { logger, context } = deps;
  const unitInputs: SbomInputs = { ...inputs, target: unit.target };
  for (const output of unit.outputs) fs.rmSync(output.file, { force: true });
  // The generator runs in an empty private directory and writes there; the files are then moved
  // into place (a link at the destination is replaced, never written through).
  const run = prepareToolRunDirectory(context.runnerTemp, inputs.generator);
  const staged = unit.outputs.map((output, index) => ({
    format: output.format,
    file: path.join(run.cwd, `sbom-${index}${path.extname(output.file) || '.json'}`),
  }));
  if (inputs.generator === 'syft')
    await generateWithSyft(
      { inputs: unitInputs, deps, tool, outputs: staged, cwd: run.cwd },
      inputs.syftConfig || run.emptyConfig,
    );
  else
    await generateWithTrivy(
      { inputs: unitInputs, deps, tool, outputs: staged, cwd: run.cwd },
      inputs.trivyConfig || run.emptyConfig,
    );
  for (const [index, output] of unit.outputs.entries()) {
    const from = staged[index]!.file;
    if (!fs.existsSync(from))
      throw new InfrastructureError(
        `${TOOL_NAMES[inputs.generator]} exited successfully but wrote no ${output.format} file.`,
      );
    moveFileNoFollow(from, output.file);
  }
  const documents = unit.outputs.map((output) => readDocument(output, TOOL_NAMES[inputs.generator]));
  const primary = documents.reduce((best, doc) => (RICHNESS[doc.format] > RICHNESS[best.format] ? doc : best));
  const stats = computeSbomStats(primary.parsed);
  const subject = documents.map((d) => d.parsed.subject).find((s) => s.digest) ?? primary.parsed.subject;
  if (unit.target.kind === 'image') {
    if (subject.digest) logger.info(`The SBOM records the image digest ${subject.digest}.`);
    else
      logger.warning(
        `The SBOM does not record the digest of image ${unit.target.image}; pin the image by digest (name@sha256:…) to tie the SBOM to it.`,
      );
  }
  logger.info(
    `${stats.componentCount} component(s)${unit.platform ? ` for ${unit.platform}` : ''} in ${documents.map((d) => `${path.basename(d.file)} (${d.format})`).join(', ')}; ` +
      `statistics from the ${primary.format} document.`,
  );
  return { ...unit, documents, primary, stats, subject };
}

/** sbom-file, sbom-digest and component-count of the first unit; sbom-files of all; platform-sboms with several platforms. */
function setDocumentOutputs(deps: SbomDeps, produced: ProducedUnit[]): void {
  const first = produced[0]!;
  const firstDocument = first.documents[0]!;
  deps.setOutput('sbom-file', firstDocument.file);
  deps.setOutput('sbom-files', JSON.stringify(produced.flatMap((unit) => unit.documents.map((d) => d.file))));
  deps.setOutput('sbom-digest', `sha256:${firstDocument.sha256}`);
  deps.setOutput('component-count', String(first.stats.componentCount));
  deps.setOutput('artifact-id', '');
  // Every declared output is set: empty unless platform: all met an index.
  deps.setOutput('platform-sboms', '');
  if (produced.some((unit) => unit.platform)) {
    const list = produced.map((unit) => ({
      platform: unit.platform ?? '',
      digest: unit.digest ?? '',
      'component-count': unit.stats.componentCount,
      files: unit.documents.map((d) => ({ format: d.format, file: d.file, 'sbom-digest': `sha256:${d.sha256}` })),
    }));
    deps.setOutput('platform-sboms', JSON.stringify(list));
  }
}

// ---- generation ---------------------------------------------------------------------------------

function describeTarget(inputs: SbomInputs): string {
  const t = inputs.target;
  if (t.kind === 'image') return `image '${t.image}' (input \`image\`)`;
  if (t.kind === 'file') return `archive '${t.file}' (input \`file\`)`;
  return `path '${t.relative || '.'}' (input \`path\`)`;
}

function checkResult(result: RunResult, toolName: string, inputs: SbomInputs): void {
  if (result.timedOut) {
    throw new InfrastructureError(`${toolName} did not finish within ${TOOL_TIMEOUT_MINUTES} minutes and was stopped.`);
  }
  if (result.exitCode !== 0) {
    const tail = tailLines(result.stderr, 8);
    const hint =
      inputs.target.kind === 'image'
        ? ' Check that the image exists and that the runner can pull it (registry credentials, network).'
        : '';
    throw new InfrastructureError(
      `${toolName} exited with code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''} on ${describeTarget(inputs)}; no SBOM was produced.${hint}` +
        (tail ? `\nLast lines of its log:\n${tail}` : ''),
    );
  }
}

/**
 * Which configuration the generator runs with (only what inputs name), and
 * which configuration files in the checkout it would have read by itself and
 * did not: said in the log now and in the summary later.
 */
function sbomToolConfiguration(inputs: SbomInputs, logger: Logger): SummaryData['configuration'] {
  const relative = (file: string) => path.relative(inputs.workspace, file).split(path.sep).join('/') || file;
  const name = inputs.generator === 'syft' ? 'syft-config' : 'trivy-config';
  const file = inputs.generator === 'syft' ? inputs.syftConfig : inputs.trivyConfig;
  const used = file ? [`${name}: ${relative(file)}`] : [];
  if (inputs.skipDirs.length > 0) used.push(`skip-dirs: ${inputs.skipDirs.join(', ')}`);
  if (inputs.skipFiles.length > 0) used.push(`skip-files: ${inputs.skipFiles.join(', ')}`);
  const folder =
    inputs.target.kind === 'path'
      ? inputs.target.isDirectory
        ? inputs.target.path
        : path.dirname(inputs.target.path)
      : undefined;
  const unused = unusedRepositoryConfigFiles(
    inputs.generator,
    [inputs.workspace, ...(folder ? [folder] : [])],
    inputs.workspace,
    file ? [file] : [],
  );
  logger.info(
    `${TOOL_NAMES[inputs.generator]} configuration: ${used.length > 0 ? used.join('; ') : 'none (built-in defaults)'}.`,
  );
  if (unused.length > 0) {
    logger.info(
      `Not read: ${unused.join(', ')} in the checkout. ${TOOL_NAMES[inputs.generator]} runs in an empty directory with only the file named by \`${name}\`; name a file there to use it.`,
    );
  }
  return { used, unused };
}

/** One generator run: the target's inputs, the tool, the files to write, and its private run directory. */
interface Generation {
  inputs: SbomInputs;
  deps: SbomDeps;
  tool: InstalledTool;
  outputs: OutputFile[];
  cwd: string;
}

/** What the tools' registry environment is built from: the image, the token and the step's login. */
function registryAccess({ inputs, deps }: Generation) {
  return {
    ...(inputs.target.kind === 'image' ? { image: inputs.target.image } : {}),
    githubToken: inputs.githubToken,
    actor: deps.context.actor,
    registryLogin: inputs.registryLogin,
  };
}

async function generateWithSyft(generation: Generation, configFile: string): Promise<void> {
  const { inputs, deps, tool, outputs, cwd } = generation;
  const archiveKind =
    inputs.target.kind === 'file' && !inputs.target.ociLayout ? readArchiveKind(inputs.target.file) : 'unknown';
  const args = buildSyftArgs({
    source: syftSource(inputs.target, archiveKind),
    outputs,
    configFile,
    skipDirs: inputs.skipDirs,
    skipFiles: inputs.skipFiles,
    ...(inputs.target.kind === 'image' && inputs.target.platform ? { platform: inputs.target.platform } : {}),
  });
  const env = syftEnvironment(deps.env, registryAccess(generation));
  const result = await deps.logger.group(`syft scan (${inputs.formats.join(', ')})`, async () => {
    deps.logger.info(`Running: ${tool.binary} ${args.join(' ')}`);
    return deps.runTool(tool.binary, args, {
      cwd,
      env,
      timeoutMs: TOOL_TIMEOUT_MINUTES * 60_000,
      onStderr: (chunk) => deps.logger.untrusted(chunk),
    });
  });
  checkResult(result, 'Syft', inputs);
}

async function generateWithTrivy(generation: Generation, configFile: string): Promise<void> {
  const { inputs, deps, tool, outputs, cwd } = generation;
  const cacheDir = path.join(deps.context.runnerTemp, 'supply-chain-trivy-cache');
  const env = trivyEnvironment(deps.env, registryAccess(generation));
  let imageReference = inputs.target.kind === 'image' ? inputs.target.image : undefined;
  for (const output of outputs) {
    const args = buildTrivySbomArgs({
      target: inputs.target,
      ...(imageReference ? { imageReference } : {}),
      format: output.format as TrivySbomFormat,
      outputFile: output.file,
      cacheDir,
      timeoutMinutes: TOOL_TIMEOUT_MINUTES,
      configFile,
      skipDirs: inputs.skipDirs,
      skipFiles: inputs.skipFiles,
    });
    const result = await deps.logger.group(`trivy ${args[0]} (${output.format})`, async () => {
      deps.logger.info(`Running: ${tool.binary} ${args.join(' ')}`);
      return deps.runTool(tool.binary, args, {
        cwd,
        env,
        timeoutMs: TOOL_TIMEOUT_MINUTES * 60_000 + 60_000,
        onStderr: (chunk) => deps.logger.untrusted(chunk),
      });
    });
    checkResult(result, 'Trivy', inputs);
    // Trivy writes one format per run: later runs describe the exact image the first one saw
    // (a reference by digest already names it: a platform manifest of `platform: all`).
    const byDigest = /@sha256:[a-f0-9]{64}$/.test(imageReference ?? '');
    if (inputs.target.kind === 'image' && !byDigest && imageReference === inputs.target.image && outputs.length > 1) {
      const digest = readDocument(output, 'Trivy').parsed.subject.digest;
      if (digest) {
        imageReference = pinImageReference(inputs.target.image, digest);
        deps.logger.info(`Later formats are generated from ${imageReference}, the digest the first run resolved.`);
      }
    }
  }
}

/** Largest SBOM read back from the generator (1 GiB; SBOMs of large images are tens of MB). */
export const MAX_SBOM_BYTES = 1024 ** 3;

function readDocument(output: OutputFile, toolName: string): ProducedDocument {
  let bytes: Buffer;
  try {
    // Capped while read, regular files only (issue 13 item 5).
    bytes = readFileCappedSync(
      output.file,
      MAX_SBOM_BYTES,
      `The ${output.format} file ${toolName} wrote at ${output.file}`,
    );
  } catch (error) {
    if (error instanceof SizeCapError) throw new InfrastructureError(error.message, { cause: error });
    throw new InfrastructureError(
      `${toolName} exited successfully but wrote no ${output.format} file at ${output.file}.`,
    );
  }
  let parsed: ParsedSbom;
  try {
    parsed = parseSbom(bytes, output.format);
  } catch (error) {
    if (error instanceof SbomParseError) {
      throw new InfrastructureError(
        `${toolName} wrote ${output.file}, but it is not a ${output.format} document: ${error.message}`,
      );
    }
    throw error;
  }
  return { ...output, parsed, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

// ---- destinations -------------------------------------------------------------------------------

/** What the destinations deliver, and where each one's failure is collected (they fail the step together at the end). */
interface Delivery {
  inputs: SbomInputs;
  deps: SbomDeps;
  documents: ProducedDocument[];
  failures: Error[];
}

async function deliverArtifact(
  { inputs, deps, documents, failures }: Delivery,
  slug: string,
): Promise<SummaryData['artifact']> {
  if (!inputs.uploadArtifact) return { state: 'off' };
  const unavailable = artifactUnavailableReason(deps.env);
  if (unavailable) {
    deps.logger.warning(
      `The SBOM was not uploaded as an artifact: ${unavailable}. Set \`upload-artifact: false\` to silence this.`,
    );
    return { state: 'skipped', reason: unavailable };
  }
  const { context } = deps;
  const name = inputs.artifactName || defaultArtifactName({ target: slug, job: context.job, matrix: inputs.matrix });
  try {
    const uploaded = await deps.logger.group(`Upload artifact ${name}`, () =>
      deps.artifacts.upload(
        name,
        documents.map((d) => d.file),
        inputs.outputDir,
      ),
    );
    deps.setOutput('artifact-id', String(uploaded.id));
    deps.logger.info(`Uploaded artifact '${name}' (ID ${uploaded.id}, ${uploaded.size} bytes).`);
    const url =
      context.repository && context.runId
        ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/artifacts/${uploaded.id}`
        : undefined;
    return { state: 'done', name, id: uploaded.id, ...(url ? { url } : {}) };
  } catch (error) {
    const failure = describeUploadFailure(error, name);
    failures.push(failure);
    return { state: 'failed', reason: failure.message };
  }
}

async function deliverReleaseAssets({ inputs, deps, documents, failures }: Delivery): Promise<SummaryData['release']> {
  if (!inputs.uploadReleaseAssets) return { state: 'off' };
  const { context } = deps;
  const release = releaseFromEvent(context.eventName, context.payload);
  if (!release) {
    // The default is on; on anything but a release event there is nothing to attach to.
    if (context.eventName === 'release')
      deps.logger.warning('This release event has no release id or upload URL; no assets were attached.');
    return { state: 'off' };
  }
  if (!inputs.githubToken) {
    const failure = new ConfigurationError(
      'Input `github-token` is empty, so the SBOM cannot be attached to the release; set it or `upload-release-assets: false`.',
    );
    failures.push(failure);
    return { state: 'failed', reason: failure.message };
  }
  try {
    const uploaded = await deps.logger.group(`Attach to release ${release.tag || release.id}`, () =>
      uploadReleaseAssets({
        api: deps.api,
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        repository: context.repository,
        token: inputs.githubToken,
        release,
        files: documents.map((d) => d.file),
      }),
    );
    for (const asset of uploaded)
      deps.logger.info(`${asset.replaced ? 'Replaced' : 'Attached'} release asset ${asset.name}.`);
    return { state: 'done', tag: release.tag || String(release.id), assets: uploaded.map((a) => a.name) };
  } catch (error) {
    const failure = error instanceof Error ? error : new InfrastructureError(errorMessage(error));
    failures.push(failure);
    return { state: 'failed', reason: failure.message };
  }
}

async function deliverSnapshot(
  inputs: SbomInputs,
  deps: SbomDeps,
  slug: string,
  sbom: ParsedSbom,
  tool: InstalledTool,
  failures: Error[],
): Promise<SummaryData['snapshot']> {
  if (!inputs.dependencySnapshot) return { state: 'off' };
  const { context, logger } = deps;
  const { snapshot, skipped } = buildSnapshot(sbom, {
    target: inputs.target,
    eventName: context.eventName,
    sha: context.sha,
    ref: context.ref,
    ...(context.pullRequest?.headSha ? { pullRequestHeadSha: context.pullRequest.headSha } : {}),
    correlator: snapshotCorrelator({
      workflow: context.workflow,
      job: context.job,
      matrix: inputs.matrix,
      target: slug,
    }),
    runId: context.runId,
    ...(context.repository && context.runId
      ? { runUrl: `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` }
      : {}),
    detector: { name: inputs.generator, version: tool.version, url: DETECTOR_URLS[inputs.generator]! },
    scanned: deps.now(),
  });
  const manifests = Object.keys(snapshot.manifests).length;
  const url = `${context.apiUrl}/repos/${context.repository}/dependency-graph/snapshots`;
  let response;
  try {
    response = await logger.group('Submit dependency snapshot', async () => {
      logger.info(
        `POST ${url}: ${manifests} manifest(s), correlator ${snapshot.job.correlator}, sha ${snapshot.sha}, ref ${snapshot.ref}`,
      );
      return deps.api('POST', url, { token: inputs.githubToken, body: JSON.stringify(snapshot) });
    });
  } catch (error) {
    const failure = new InfrastructureError(`Submitting the dependency snapshot failed: ${errorMessage(error)}`, {
      cause: error,
    });
    failures.push(failure);
    return { state: 'failed', reason: failure.message };
  }
  if (response.status === 201 || response.status === 200) {
    const body = (response.json ?? {}) as { id?: number | string; result?: string; message?: string };
    // The API's words, folded to one line: nothing in them can start a workflow command.
    logger.info(
      `Dependency snapshot ${body.id ?? '?'} submitted: ${body.result ?? ''} ${body.message ?? ''}`
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return { state: 'done', id: body.id ?? '', result: body.result ?? '', manifests, skipped };
  }
  if ((response.status === 403 || response.status === 404) && context.pullRequest?.fromFork) {
    // A pull request from a fork gets a read-only token: expected, and not the author's to fix.
    const reason = `the token of a pull request from a fork cannot write to the dependency graph (HTTP ${response.status}: ${apiMessage(response)})`;
    logger.warning(`The dependency snapshot was not submitted: ${reason}.`);
    return { state: 'skipped', reason };
  }
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    const failure = new ConfigurationError(
      `The dependency snapshot was refused (HTTP ${response.status}: ${apiMessage(response)}). The job needs \`permissions: contents: write\` ` +
        'and the repository needs the dependency graph enabled; or set `dependency-snapshot: false`.',
    );
    failures.push(failure);
    return { state: 'failed', reason: failure.message };
  }
  const failure = new InfrastructureError(
    `Submitting the dependency snapshot failed (HTTP ${response.status}): ${apiMessage(response)}`,
  );
  failures.push(failure);
  return { state: 'failed', reason: failure.message };
}
