import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseTrivyReport } from '@scs/findings';
import { detachString, parseRange, splitTopLevelObject } from '../../../packages/findings/src/json-split.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'trivy');
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** What the split gives back, with the array elements parsed: comparable with JSON.parse. */
function reassemble(text: string, key = 'Results'): unknown {
  const buf = bytes(text);
  const split = splitTopLevelObject(buf, key);
  if (!split) return undefined;
  return split.items ? { ...split.fields, [key]: split.items.map((r) => parseRange(buf, r)) } : split.fields;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return 'no error';
}

describe('splitTopLevelObject', () => {
  it('splits documents exactly as JSON.parse reads them', () => {
    const docs = [
      '{}',
      ' \n{ } \n',
      '{"Results":[]}',
      '{"Results":[ ]}',
      '{"a":1,"Results":[{"x":1},{"y":[1,2,{"z":"]}"}]}],"b":null}',
      '{"Results":[1,"two",true,false,null,-1.5e3,[],{}]}',
      '{"Results":[{"t":"quote \\" and backslash \\\\","u":"\\\\"},{"v":"\\u007b{["}]}',
      '{"Results":[{"a":1}],"Results":[{"b":2}]}', // the last duplicate wins
      '{"Results":[{"a":1}],"Results":{"b":2}}',
      '{"Results":{"b":2},"Results":[{"a":1}]}',
      '{"Results":"none"}',
      '{"__proto__":{"polluted":true},"Results":[]}',
      '{\t"ArtifactName" :\r\n "x" , "Results" : [ {"é":"ü😀"} , {"k":"\\ud83d\\ude00"} ] }',
      '{"Resul\\u0074s":[{"escaped":"key"}]}',
    ];
    for (const doc of docs) {
      const split = reassemble(doc);
      expect(split).toEqual(JSON.parse(doc));
      expect(Object.getPrototypeOf(split)).toBe(Object.prototype);
    }
    const proto = reassemble('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives up on anything that is not a well-formed object, leaving the error to JSON.parse', () => {
    for (const notAnObject of ['[]', '"Results"', '1', 'null', '[{"Results":[]}]']) {
      expect(splitTopLevelObject(bytes(notAnObject), 'Results')).toBeUndefined();
    }
    const bad = [
      '',
      '\ufeff{"Results":[]}',
      '{"Results":[1,]}',
      '{"Results":[1 2]}',
      '{"a":1,}',
      '{"a" 1}',
      '{"a":1 "b":2}',
      '{"Results":[{"a":1}]} trailing',
      '{"Results":[{"a":1}]}{}',
      '{"Results":[{"a":1}',
      '{"Results":[{"a":"unterminated}]}',
      '{"a":tru}',
      "{'a':1}",
      '{"a":1}}',
    ];
    for (const doc of bad) {
      expect(() => JSON.parse(doc)).toThrow();
      const split = splitTopLevelObject(bytes(doc), 'Results');
      // Either refused outright, or an element that JSON.parse refuses when it is read.
      if (split) expect(() => split.items?.forEach((r) => parseRange(bytes(doc), r))).toThrow();
    }
  });

  it('detaches strings without changing them', () => {
    const long = JSON.parse('{"a":"a long string value taken out of a larger text"}').a as string;
    expect(detachString(long)).toBe(long);
    expect(detachString('short')).toBe('short');
    expect(detachString('')).toBe('');
  });
});

describe('parseTrivyReport, element at a time', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') || f.endsWith('.json.golden'));

  it.each(fixtures)('gives the same model or error as the whole-document parse for %s', (name) => {
    const data = readFileSync(path.join(FIXTURES, name));
    const whole = errorOf(() => parseTrivyReport(data, { splitAboveBytes: Infinity }));
    const split = errorOf(() => parseTrivyReport(data, { splitAboveBytes: 0 }));
    expect(split).toBe(whole);
    if (whole === 'no error') {
      expect(parseTrivyReport(data, { splitAboveBytes: 0 })).toEqual(
        parseTrivyReport(data, { splitAboveBytes: Infinity }),
      );
    }
  });

  it('gives the same errors for broken reports', () => {
    const good = readFileSync(path.join(FIXTURES, 'alpine-39.json.golden'), 'utf8');
    const broken = [
      good.slice(0, Math.floor(good.length / 2)),
      good.slice(0, good.lastIndexOf('}')),
      good.replace('"SchemaVersion": 2', '"SchemaVersion": 3'),
      good.replace('"Results": [', '"Results": 7, "X": ['),
      good.replace('"Vulnerabilities": [', '"Vulnerabilities": [,'),
      '[]',
      '{}',
      '   ',
      '{"SchemaVersion":2,"Results":[{"Target":"x","Vulnerabilities":[{"VulnerabilityID":"CVE-1"}]}]} x',
      '{"SchemaVersion":2,"Results":"nope"}',
    ];
    for (const text of broken) {
      const data = bytes(text);
      const whole = errorOf(() => parseTrivyReport(data, { splitAboveBytes: Infinity, source: 'r.json' }));
      expect(whole).not.toBe('no error');
      expect(errorOf(() => parseTrivyReport(data, { splitAboveBytes: 0, source: 'r.json' }))).toBe(whole);
    }
  });

  it('splits reports given as bytes from 1 MiB on by default, with the same model', () => {
    const report = JSON.parse(readFileSync(path.join(FIXTURES, 'alpine-39.json.golden'), 'utf8')) as {
      Results: Array<{ Target: string; Vulnerabilities: Array<{ VulnerabilityID: string; Description?: string }> }>;
    };
    const template = report.Results[0]!;
    report.Results = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      Target: `layer-${i}`,
      Vulnerabilities: template.Vulnerabilities.map((v) => ({
        ...v,
        Description: `${v.Description ?? ''} ${'x'.repeat(400)} ${i}`,
      })),
    }));
    const data = bytes(JSON.stringify(report));
    expect(data.length).toBeGreaterThan(1024 * 1024);
    const split = parseTrivyReport(data);
    expect(split.findings).toHaveLength(300 * template.Vulnerabilities.length);
    expect(split).toEqual(parseTrivyReport(data.toString('utf8')));
  });
});
