import { createHash } from 'node:crypto';
import { stripInvisible } from '@scs/action-kit';

/**
 * Which report a step publishes: workflow, job and a report key (the action
 * names it: by default its engine and target, or the `report-key` input, so
 * matrix legs and several steps of one job stay apart). The sticky comment's
 * marker and the check run's name and external_id are all made from it, so
 * both channels tell steps apart the same way and a re-run finds its own.
 */

const PART_MAX = 100;

function part(value: string, fallback: string, keep = /[^A-Za-z0-9._/-]+/g): string {
  const cleaned = stripInvisible(value)
    .replace(keep, '_')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, PART_MAX)
    .replace(/-+$/, '');
  return cleaned || fallback;
}

/**
 * `scs:scan:<workflow>:<job>[:<key>]`: no `--`, no `>`, nothing that could
 * end an HTML comment early. Names that differ only in punctuation share an
 * identity.
 */
export function reportIdentity(workflow: string, job: string, prefix = 'scs:scan', key = ''): string {
  const suffix = key.trim() === '' ? '' : `:${part(key, 'key', /[^A-Za-z0-9:._/@=-]+/g)}`;
  return `${part(prefix, 'scs', /[^A-Za-z0-9:._/-]+/g)}:${part(workflow, 'workflow')}:${part(job, 'job')}${suffix}`;
}

/** Characters of a check run's external_id and name kept readable; longer ones end in a digest. */
const CHECK_RUN_ID_MAX = 200;

function capped(text: string): string {
  if (text.length <= CHECK_RUN_ID_MAX) return text;
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${text.slice(0, CHECK_RUN_ID_MAX - 18)}…#${digest}`;
}

/**
 * A check run's name and external_id for one report: the name shows the
 * workflow, job and key (GitHub lists checks by name, so two steps with one
 * name would hide each other), the external_id is the report identity.
 */
export function checkRunIdentity(
  title: string,
  workflow: string,
  job: string,
  prefix: string,
  key: string,
): { name: string; externalId: string } {
  const externalId = capped(reportIdentity(workflow, job, prefix, key));
  const where = [workflow, job, key]
    .map((value) => stripInvisible(value).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' / ');
  return { name: capped(where ? `${title} (${where})` : title), externalId };
}
