#!/usr/bin/env node
/**
 * Keeps the suite's internal references in one place in sync.
 *
 * Reusable workflows cannot use `./actions/<a>` (that path resolves against
 * the *caller's* checkout), so they, and the copyable examples, reference the
 * suite by its slug: `<owner>/<repo>/actions/<a>@<40-hex SHA> # vX.Y.Z` (and
 * `<owner>/<repo>/.github/workflows/<file>@<SHA> # vX.Y.Z` for the reusable
 * workflows). The slug is the `repository` field of the root package.json.
 * A policy that pins the signer workflow to the same release carries the SHA
 * too, as `signer-ref: <40-hex SHA> # vX.Y.Z` (the deployment gate's
 * signer-ref is the commit callers pin the reusable workflow to): those lines
 * are rewritten and checked with the `uses:` references, so the documented
 * caller and the documented gate always name the same commit.
 *
 *   node scripts/sync-action-refs.mjs --sha <40 hex> --version vX.Y.Z   # rewrite every internal ref
 *   node scripts/sync-action-refs.mjs --check                           # fail when they disagree
 *
 * Files: .github/workflows/*.yml|yaml and examples/**\/*.yml|yaml.
 * `--root DIR` works on another tree (tests). The check also fails on an
 * internal ref that is not a full commit SHA, lacks the version comment, or
 * names an action / workflow that does not exist in this repository.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SHA = /^[0-9a-f]{40}$/;
export const RELEASE_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SLUG = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `signer-ref: <hex> # vX.Y.Z` (a bare 7+ hex value, so that a short or mistyped SHA is caught by the check). */
const SIGNER_REF_LINE = /^(\s*signer-ref:\s*)(['"]?)([0-9a-fA-F]{7,64})(['"]?)(?:\s*#\s*(.*?))?\s*$/;

/** owner/repo from package.json's `repository` (string or { url }). */
export function slugFromPackageJson(pkg) {
  const raw = typeof pkg?.repository === 'string' ? pkg.repository : pkg?.repository?.url;
  if (typeof raw !== 'string' || raw === '') {
    throw new Error('package.json has no "repository" field: set it to the GitHub repository of this suite.');
  }
  const match =
    /^(?:github:)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)$/.exec(raw) ??
    /github\.com[/:]([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(raw);
  if (!match || !SLUG.test(match[1])) {
    throw new Error(`package.json "repository" (${JSON.stringify(raw)}) does not name a GitHub repository owner/name.`);
  }
  return match[1];
}

/**
 * Every internal `uses:` reference in a YAML text: the action or workflow it
 * names, the ref, the trailing comment, and where it is.
 */
export function findInternalRefs(text, slug) {
  const pattern = new RegExp(
    String.raw`^(\s*(?:-\s+)?uses:\s*['"]?)(${escapeRegExp(slug)}/((?:actions/[A-Za-z0-9_.-]+)|(?:\.github/workflows/[A-Za-z0-9_.-]+\.ya?ml)))@([^'"\s#]*)(['"]?)(?:\s*#\s*(.*?))?\s*$`,
    'i',
  );
  const refs = [];
  text.split('\n').forEach((line, index) => {
    const signerRef = SIGNER_REF_LINE.exec(line.replace(/\r$/, ''));
    if (signerRef) {
      refs.push({ line: index + 1, target: 'signer-ref', ref: signerRef[3], comment: (signerRef[5] ?? '').trim() });
      return;
    }
    const match = pattern.exec(line.replace(/\r$/, ''));
    if (!match) return;
    refs.push({
      line: index + 1,
      target: match[3],
      ref: match[4],
      comment: (match[6] ?? '').trim(),
    });
  });
  return refs;
}

/** The text with every internal reference set to `sha # version`. */
export function rewriteRefs(text, slug, sha, version) {
  if (!SHA.test(sha))
    throw new Error(`--sha must be a full 40-character lower-case commit SHA; got ${JSON.stringify(sha)}.`);
  if (!RELEASE_VERSION.test(version))
    throw new Error(`--version must look like v1.2.3; got ${JSON.stringify(version)}.`);
  const pattern = new RegExp(
    String.raw`^(\s*(?:-\s+)?uses:\s*)(['"]?)(${escapeRegExp(slug)}/(?:(?:actions/[A-Za-z0-9_.-]+)|(?:\.github/workflows/[A-Za-z0-9_.-]+\.ya?ml)))@[^'"\s#]*(['"]?)(?:\s*#.*)?\s*$`,
    'i',
  );
  return text
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r') ? '\r' : '';
      const body = cr ? line.slice(0, -1) : line;
      const signerRef = SIGNER_REF_LINE.exec(body);
      if (signerRef && signerRef[5] !== undefined) {
        const [, lead, open, , close] = signerRef;
        return `${lead}${open}${sha}${close} # ${version}${cr}`;
      }
      const match = pattern.exec(body);
      if (!match) return line;
      const [, lead, open, target, close] = match;
      return `${lead}${open}${target}@${sha}${close} # ${version}${cr}`;
    })
    .join('\n');
}

async function walkYaml(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walkYaml(full)));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Workflow and example YAML files under root that may hold internal references. */
export async function referenceFiles(root) {
  const workflows = path.join(root, '.github', 'workflows');
  const direct = existsSync(workflows)
    ? (await readdir(workflows))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => path.join(workflows, f))
    : [];
  return [...direct, ...(await walkYaml(path.join(root, 'examples')))];
}

/**
 * Problems with the internal references of `files` (paths → text): each must
 * be pinned to a full SHA with a `# vX.Y.Z` comment, all must agree, and each
 * must name an action / workflow that exists under root.
 */
export function checkRefs(entries, slug, root) {
  const problems = [];
  const seen = new Map(); // "sha # comment" → first place
  for (const { file, text } of entries) {
    for (const ref of findInternalRefs(text, slug)) {
      const where = { file, line: ref.line };
      if (!SHA.test(ref.ref)) {
        problems.push({
          ...where,
          message: `\`${slug}/${ref.target}@${ref.ref}\` must be pinned to a full commit SHA (run scripts/sync-action-refs.mjs --sha … --version …)`,
        });
        continue;
      }
      if (!RELEASE_VERSION.test(ref.comment.split(/\s+/)[0] ?? '')) {
        problems.push({
          ...where,
          message: `\`${slug}/${ref.target}@${ref.ref}\` needs a \`# vX.Y.Z\` comment naming the release`,
        });
        continue;
      }
      const key = `${ref.ref} # ${ref.comment.split(/\s+/)[0]}`;
      if (!seen.has(key)) seen.set(key, where);
      if (ref.target === 'signer-ref') continue;
      const metadata = ref.target.startsWith('actions/')
        ? ['action.yml', 'action.yaml'].map((f) => path.join(root, ref.target, f))
        : [path.join(root, ref.target)];
      if (!metadata.some((f) => existsSync(f))) {
        problems.push({ ...where, message: `\`${slug}/${ref.target}\` does not exist in this repository` });
      }
    }
  }
  // A literal owner/repo/.github/workflows/<file> naming one of this repository's
  // workflows must name this repository (e.g. `signer-workflow:` in a fork).
  const workflowPath = /\b([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/\.github\/workflows\/([A-Za-z0-9_.-]+\.ya?ml)\b/g;
  for (const { file, text } of entries) {
    text.split('\n').forEach((line, index) => {
      if (/^\s*#/.test(line)) return;
      for (const match of line.matchAll(workflowPath)) {
        const [, owner, name] = match;
        if (owner.toLowerCase() !== slug.toLowerCase() && existsSync(path.join(root, '.github', 'workflows', name))) {
          problems.push({
            file,
            line: index + 1,
            message: `\`${owner}/.github/workflows/${name}\` names another repository's copy of this repository's workflow; this repository is ${slug} (package.json "repository")`,
          });
        }
      }
    });
  }
  if (seen.size > 1) {
    const list = [...seen.entries()].map(([key, w]) => `${key} (first at ${path.relative(root, w.file)}:${w.line})`);
    const [firstKey] = seen.keys();
    for (const { file, text } of entries) {
      for (const ref of findInternalRefs(text, slug)) {
        const key = `${ref.ref} # ${ref.comment.split(/\s+/)[0]}`;
        if (SHA.test(ref.ref) && key !== firstKey) {
          problems.push({
            file,
            line: ref.line,
            message: `internal references disagree: ${list.join(' vs ')}; run scripts/sync-action-refs.mjs --sha … --version …`,
          });
        }
      }
    }
  }
  return problems;
}

/** Reads the files and slug of a tree, then checks. Returns { slug, files, refs, problems }. */
export async function checkTree(root) {
  const slug = slugFromPackageJson(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')));
  const files = await referenceFiles(root);
  const entries = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
  const refs = entries.reduce((n, e) => n + findInternalRefs(e.text, slug).length, 0);
  return { slug, files, refs, problems: checkRefs(entries, slug, root) };
}

function parseArgs(argv) {
  const options = { root: defaultRoot, check: false, sha: undefined, version: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--check') options.check = true;
    else if (arg === '--sha') options.sha = value();
    else if (arg === '--version') options.version = value();
    else if (arg === '--root') options.root = path.resolve(value());
    else
      throw new Error(
        `unknown argument ${JSON.stringify(arg)}; usage: --sha <40 hex> --version vX.Y.Z | --check [--root DIR]`,
      );
  }
  if (options.check === (options.sha !== undefined || options.version !== undefined)) {
    throw new Error('usage: sync-action-refs.mjs --sha <40 hex> --version vX.Y.Z | --check [--root DIR]');
  }
  if (!options.check && (options.sha === undefined || options.version === undefined)) {
    throw new Error('both --sha and --version are needed to rewrite the references');
  }
  return options;
}

export async function main(argv) {
  const options = parseArgs(argv);
  if (options.check) {
    const { slug, refs, problems } = await checkTree(options.root);
    for (const p of problems) console.error(`${path.relative(process.cwd(), p.file)}:${p.line}: ${p.message}`);
    if (problems.length > 0) {
      console.error(`sync-action-refs: ${problems.length} problem(s) with internal references to ${slug}`);
      return 1;
    }
    console.log(`sync-action-refs: ${refs} internal reference(s) to ${slug} agree`);
    return 0;
  }
  const slug = slugFromPackageJson(JSON.parse(await readFile(path.join(options.root, 'package.json'), 'utf8')));
  let changed = 0;
  let total = 0;
  for (const file of await referenceFiles(options.root)) {
    const text = await readFile(file, 'utf8');
    total += findInternalRefs(text, slug).length;
    const next = rewriteRefs(text, slug, options.sha, options.version);
    if (next !== text) {
      await writeFile(file, next);
      changed++;
      console.log(`updated ${path.relative(options.root, file)}`);
    }
  }
  console.log(
    `sync-action-refs: ${total} internal reference(s) to ${slug} now at ${options.sha} # ${options.version} (${changed} file(s) changed)`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      console.error(`sync-action-refs: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
