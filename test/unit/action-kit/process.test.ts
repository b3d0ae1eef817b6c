import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InfrastructureError, runProcess, stopCommandsWrap, tailLines } from '@scs/action-kit';

const node = process.execPath;

describe('runProcess', () => {
  it('passes argv verbatim, never through a shell', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'argv-')), 'pwned');
    const hostile = `$(touch ${marker}); \`touch ${marker}\` | touch ${marker}`;
    const result = await runProcess(node, [
      '-e',
      'process.stdout.write(JSON.stringify(process.argv.slice(1)))',
      hostile,
    ]);
    expect(JSON.parse(result.stdout)).toEqual([hostile]);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('reports exit codes and stderr', async () => {
    const result = await runProcess(node, ['-e', 'console.error("boom"); process.exit(3)']);
    expect(result).toMatchObject({ exitCode: 3, timedOut: false });
    expect(result.stderr).toContain('boom');
  });

  it('kills a hanging process at the timeout', async () => {
    const result = await runProcess(node, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGTERM');
  });

  it('keeps only the tail of a flood of output', async () => {
    const result = await runProcess(node, ['-e', 'for (let i = 0; i < 20000; i++) console.log("line " + i)'], {
      maxCapture: 4096,
    });
    expect(result.stdout.length).toBeLessThanOrEqual(4096);
    expect(result.stdout).toContain('line 19999');
  });

  it('fails clearly when the binary does not exist', async () => {
    await expect(runProcess('/nonexistent/tool', [])).rejects.toBeInstanceOf(InfrastructureError);
  });
});

describe('log helpers', () => {
  it('wraps untrusted text so the runner ignores commands in it', () => {
    expect(stopCommandsWrap('::set-output name=a::b', 'tok')).toBe(
      '::stop-commands::tok\n::set-output name=a::b\n::tok::',
    );
  });
  it('tails non-empty lines', () => {
    expect(tailLines('a\n\nb\nc\n', 2)).toBe('b\nc');
  });
});
