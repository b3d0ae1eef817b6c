#!/usr/bin/env node
/**
 * Regenerates the inputs/outputs tables of each actions/<name>/README.md from
 * its action.yml, between `<!-- action-docs:start -->` and
 * `<!-- action-docs:end -->`. `--check` fails instead of writing when a
 * README is out of date (the contract test checks the same).
 *
 *   node scripts/action-docs.mjs [--check]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
const check = process.argv.includes('--check');

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

export function renderTables(meta) {
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const value = spec.default === undefined || spec.default === '' ? '' : `\`${spec.default}\``;
    lines.push(`| \`${name}\` | ${value} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, spec] of Object.entries(meta.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

let stale = 0;
for (const action of readdirSync(path.join(root, 'actions')).sort()) {
  const yml = path.join(root, 'actions', action, 'action.yml');
  const readme = path.join(root, 'actions', action, 'README.md');
  if (!existsSync(yml) || !existsSync(readme)) continue;
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`action-docs: ${path.relative(root, readme)} has no ${START} … ${END} block`);
    stale++;
    continue;
  }
  const next = `${text.slice(0, start + START.length)}\n${renderTables(parse(readFileSync(yml, 'utf8')))}\n${text.slice(end)}`;
  if (next === text) continue;
  stale++;
  if (check) console.error(`action-docs: ${path.relative(root, readme)} is out of date; run npm run docs`);
  else {
    writeFileSync(readme, next);
    console.log(`action-docs: updated ${path.relative(root, readme)}`);
  }
}
if (check && stale > 0) process.exit(1);
