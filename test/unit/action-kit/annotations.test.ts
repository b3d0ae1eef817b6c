import { describe, expect, it, jest } from '@jest/globals';
import {
  MAX_ANNOTATION_MESSAGE_BYTES,
  emitAnnotations,
  formatAnnotation,
  selectAnnotations,
  type Annotation,
  type AnnotationLevel,
} from '@scs/action-kit';

function many(level: AnnotationLevel, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({ level, message: `${level} ${i}` }));
}

function capture(annotations: Annotation[]) {
  const lines: string[] = [];
  const result = emitAnnotations(annotations, {
    overflowMessage: (n) => `${n} more findings; see the job summary and the SARIF report.`,
    write: (line) => lines.push(line),
  });
  return { lines, result };
}

/** Lines the runner would read as workflow commands (any line starting with `::`). */
function commandLines(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.startsWith('::'));
}

describe('emitAnnotations budget', () => {
  it('50 errors + 50 warnings → 10 + 10 + one overflow notice', () => {
    const { lines, result } = capture([...many('warning', 50), ...many('error', 50)]);
    expect(result).toEqual({ emitted: 20, omitted: 80 });
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `::error::error ${i}`));
    expect(lines.slice(10, 20)).toEqual(Array.from({ length: 10 }, (_, i) => `::warning::warning ${i}`));
    expect(lines[20]).toBe(
      '::notice title=80 more not shown as annotations::80 more findings; see the job summary and the SARIF report.',
    );
  });

  it('reserves a notice slot for the overflow notice', () => {
    const { lines, result } = capture([...many('notice', 10), ...many('error', 11)]);
    expect(result).toEqual({ emitted: 19, omitted: 2 });
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^::notice title=2 more/);
  });

  it('emits everything, with no overflow notice, when it fits', () => {
    const { lines, result } = capture([...many('notice', 10), ...many('warning', 10), ...many('error', 10)]);
    expect(result).toEqual({ emitted: 30, omitted: 0 });
    expect(lines).toHaveLength(30);
  });

  it('sorts by level and keeps caller order within a level', () => {
    const input: Annotation[] = [
      { level: 'notice', message: 'n1' },
      { level: 'error', message: 'e1' },
      { level: 'warning', message: 'w1' },
      { level: 'error', message: 'e2' },
      { level: 'notice', message: 'n2' },
    ];
    expect(selectAnnotations(input).selected.map((a) => a.message)).toEqual(['e1', 'e2', 'w1', 'n1', 'n2']);
  });

  it('writes to stdout by default', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      emitAnnotations([{ level: 'warning', message: 'hi' }], { overflowMessage: () => '' });
      expect(spy).toHaveBeenCalledWith('::warning::hi\n');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('formatAnnotation', () => {
  it('writes file, line, endLine and title properties', () => {
    expect(
      formatAnnotation({
        level: 'error',
        message: 'm',
        title: 'HIGH CVE-1 in a 1.0 (fixed in 1.1)',
        file: 'infra/main.tf',
        startLine: 8,
        endLine: 10,
      }),
    ).toBe('::error file=infra/main.tf,line=8,endLine=10,title=HIGH CVE-1 in a 1.0 (fixed in 1.1)::m');
    // Lines without a file, bad lines and a reversed range are left out.
    expect(formatAnnotation({ level: 'notice', message: 'm', startLine: 3 })).toBe('::notice::m');
    expect(formatAnnotation({ level: 'notice', message: 'm', file: 'a', startLine: 0, endLine: 2 })).toBe(
      '::notice file=a::m',
    );
    expect(formatAnnotation({ level: 'notice', message: 'm', file: 'a', startLine: 5, endLine: 2 })).toBe(
      '::notice file=a,line=5::m',
    );
  });

  it('cannot be made to emit a second workflow command', () => {
    const hostile: Annotation = {
      level: 'error',
      message: 'pwned\n::set-output name=x::y\r\n::add-mask::secret\r::error::again %0A::debug::z',
      title: 'title,with:delims\n::warning::t',
      file: 'a,b:c\n::notice::f.txt',
      startLine: 1,
    };
    const { lines } = capture([hostile]);
    expect(lines).toHaveLength(1);
    expect(commandLines(lines)).toEqual(lines);
    const [line] = lines;
    expect(line).toBe(
      '::error file=a%2Cb%3Ac %3A%3Anotice%3A%3Af.txt,line=1,title=title%2Cwith%3Adelims %3A%3Awarning%3A%3At::' +
        'pwned%0A::set-output name=x::y%0D%0A::add-mask::secret%0D::error::again %250A::debug::z',
    );
  });

  it('strips invisible characters', () => {
    const line = formatAnnotation({
      level: 'warning',
      message: 'rtl \u202Eexe.txt\u202C zero\u200Bwidth',
      title: '\uFEFFt\u2066i',
    });
    expect(line).toBe('::warning title=ti::rtl exe.txt zerowidth');
  });

  it('caps the message at 4 KB without splitting characters', () => {
    const line = formatAnnotation({ level: 'notice', message: '漢'.repeat(10_000) });
    const message = line.slice('::notice::'.length);
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(MAX_ANNOTATION_MESSAGE_BYTES);
    expect(message.endsWith('…')).toBe(true);
    expect(message).not.toContain('\uFFFD');
  });

  it('keeps reserved slots free (the error of a failed gate must not be the 11th)', () => {
    const errors = Array.from({ length: 12 }, (_, i) => ({ level: 'error' as const, message: `e${i}` }));
    const { selected, omitted } = selectAnnotations(errors, 10, { error: 1 });
    expect(selected).toHaveLength(9);
    expect(omitted).toBe(3);
    expect(selectAnnotations(errors.slice(0, 9), 10, { error: 1 }).omitted).toBe(0);
  });

  it('treats an unknown level as a notice', () => {
    expect(formatAnnotation({ level: 'fatal' as AnnotationLevel, message: 'x' })).toBe('::notice::x');
  });
});

describe('mentions and invisible text in annotations (issue 13, item 8)', () => {
  it('neutralises mentions in the title and message and strips tag characters', () => {
    const line = formatAnnotation({
      level: 'warning',
      message: 'found in docs/@octocat/a.md\u{E0041}\u00AD',
      title: '@acme/security-team\u115F',
      file: 'docs/@octocat/a.md',
    });
    expect(line).toBe(
      '::warning file=docs/@octocat/a.md,title=@\u200Bacme/security-team::found in docs/@\u200Boctocat/a.md',
    );
  });
});
