import * as path from 'node:path';
import type { Annotation, Logger, RunContext } from '@scs/action-kit';
import type { GateResult } from '@scs/findings';
import { GitHubClient } from '@scs/github-api';
import {
  REPORT_PERMISSIONS,
  checkRunIdentity,
  publishCheckRun,
  stickyMarker,
  upsertStickyComment,
  uploadSarif,
  withPermissionFallback,
  type ReportFeature,
} from '@scs/github-report';
import type { ScanInputs } from './inputs.js';

/**
 * The reviewer-facing channels that need the GitHub API: a check run, a
 * sticky pull request comment and the code scanning upload. Each one is
 * optional, and none can fail the scan: a fork pull request, a missing
 * permission or an API error becomes a warning that names what is missing,
 * and the job summary and annotations still carry the results.
 */
export interface ReportingMaterial {
  gate: GateResult;
  /** Markdown for the check run and the comment (already within their limits by budget). */
  markdown: string;
  annotations: readonly Annotation[];
  /** Serialized SARIF, when written. */
  sarif?: string;
  title: string;
}

export interface ReportingResult {
  checkRunUrl?: string;
  commentUrl?: string;
  sarifId?: string;
}

/**
 * The sticky comment's key within a workflow and job when `report-key` is
 * empty: the scanner and the target, so two scan steps (or matrix legs) of
 * different targets keep their own comments.
 */
export function defaultReportKey(inputs: Pick<ScanInputs, 'scanner' | 'target' | 'workspace'>): string {
  const { target } = inputs;
  const what =
    target.kind === 'image'
      ? `image:${target.image}`
      : target.kind === 'path'
        ? `path:${target.relative || '.'}`
        : target.kind === 'archive'
          ? `archive:${path.relative(inputs.workspace, target.archive.path).split(path.sep).join('/')}`
          : `sbom:${path.relative(inputs.workspace, target.sbom).split(path.sep).join('/')}`;
  return `${inputs.scanner}:${what}`;
}

/** This step's report key: `report-key`, or the scanner and the target. Keys the comment, the check run and the auto baseline. */
export function reportKeyFor(inputs: Pick<ScanInputs, 'scanner' | 'target' | 'workspace' | 'reportKey'>): string {
  return inputs.reportKey || defaultReportKey(inputs);
}

/** Prefix of scan's report identities (comment marker, check run external_id). */
const REPORT_PREFIX = 'scs:scan';

export async function publishToGitHub(
  inputs: ScanInputs,
  context: RunContext,
  logger: Logger,
  material: ReportingMaterial,
  client: GitHubClient = new GitHubClient({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    userAgent: 'supply-chain-actions/scan',
  }),
): Promise<ReportingResult> {
  const result: ReportingResult = {};
  if (!inputs.checkRun && !inputs.prComment && !inputs.uploadSarif) return result;
  const [owner = '', repo = ''] = context.repository.split('/');
  const guard = <T>(feature: ReportFeature, fn: () => Promise<T>) =>
    withPermissionFallback(fn, { feature, permission: REPORT_PERMISSIONS[feature], context, logger });

  const reportKey = reportKeyFor(inputs);
  if (inputs.checkRun) {
    const identity = checkRunIdentity('supply-chain scan', context.workflow, context.job, REPORT_PREFIX, reportKey);
    const outcome = await guard('check-run', () =>
      publishCheckRun(client, {
        owner,
        repo,
        headSha: context.pullRequest?.headSha || context.sha,
        name: identity.name,
        externalId: identity.externalId,
        conclusion: material.gate.outcome === 'fail' ? 'failure' : 'success',
        title: material.title,
        summary: material.markdown,
        annotations: material.annotations,
        ...(context.runId
          ? { detailsUrl: `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` }
          : {}),
      }),
    );
    if (outcome.status === 'done') {
      result.checkRunUrl = outcome.value.url;
      logger.info(
        `Check run ${outcome.value.updated ? 'updated' : 'created'}: ${outcome.value.url} (${outcome.value.annotationsSent} annotations).`,
      );
    }
  }

  if (inputs.prComment) {
    if (!context.pullRequest) {
      logger.info('`pr-comment`: this run is not for a pull request; no comment was written.');
    } else {
      const pullRequest = context.pullRequest;
      const outcome = await guard('pr-comment', () =>
        upsertStickyComment(client, {
          owner,
          repo,
          issueNumber: pullRequest.number,
          marker: stickyMarker(context.workflow, context.job, REPORT_PREFIX, reportKey),
          body: material.markdown,
        }),
      );
      if (outcome.status === 'done') {
        result.commentUrl = outcome.value.url;
        logger.info(`Pull request comment ${outcome.value.action}: ${outcome.value.url}.`);
      }
    }
  }

  if (inputs.uploadSarif && material.sarif !== undefined) {
    const sarif = material.sarif;
    const outcome = await guard('upload-sarif', () =>
      uploadSarif(client, {
        owner,
        repo,
        commitSha: context.sha,
        ref: context.ref,
        sarif,
        checkoutUri: `file://${context.workspace}`,
      }),
    );
    if (outcome.status === 'done') {
      result.sarifId = outcome.value.id;
      logger.info(`SARIF uploaded to code scanning (id ${outcome.value.id}, ${outcome.value.gzipBytes} bytes gzip).`);
    }
  }
  return result;
}
