import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { logger, mayHoldWorkflowCommand, stopCommandsWrap } from '@scs/action-kit';
import { parseWorkflowCommands } from '../../support/action-harness.js';

/** Hostile tool output: both command forms the runner obeys, the older one also mid-line. */
const HOSTILE = [
  '::set-output name=gate::pass',
  '  ::add-mask::leak',
  '##[set-output name=gate]pass',
  'INFO scanning ##[add-path]/tmp/evil done',
  '##[error file=a.js]forged',
  'plain text',
].join('\n');

describe('the runner parser of the harness knows both command forms', () => {
  it('reads ::command:: at a line start and ##[command] anywhere in a line', () => {
    const names = parseWorkflowCommands(HOSTILE).map((c) => [c.command, c.message, c.properties]);
    expect(names).toEqual([
      ['set-output', 'pass', { name: 'gate' }],
      ['add-mask', 'leak', {}],
      ['set-output', 'pass', { name: 'gate' }],
      ['add-path', '/tmp/evil done', {}],
      ['error', 'forged', { file: 'a.js' }],
    ]);
  });
  it('stop-commands silences both forms until the token', () => {
    expect(parseWorkflowCommands(stopCommandsWrap(HOSTILE, 'tok'))).toEqual([]);
    expect(
      parseWorkflowCommands(`${stopCommandsWrap(HOSTILE, 'tok')}\n##[warning]after`).map((c) => c.command),
    ).toEqual(['warning']);
  });
});

describe('logger output is inert to the runner', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('untrusted() neutralises ::, ##[ and mid-line ##[ commands', () => {
    logger.untrusted(HOSTILE);
    expect(parseWorkflowCommands(written.join(''))).toEqual([]);
  });

  it('info() with a path or tool text holding either form is written inert too', () => {
    logger.info('Running: /opt/trivy fs -- /ws/##[set-output name=gate]pass');
    logger.info('Not read: x\n::add-mask::y');
    logger.info('an ordinary line');
    expect(parseWorkflowCommands(written.join(''))).toEqual([]);
    expect(written.join('')).toContain('an ordinary line');
  });

  it('mayHoldWorkflowCommand', () => {
    expect(mayHoldWorkflowCommand('a ##[x]y')).toBe(true);
    expect(mayHoldWorkflowCommand('a\n  ::x::y')).toBe(true);
    expect(mayHoldWorkflowCommand('a :: b')).toBe(false);
  });
});
