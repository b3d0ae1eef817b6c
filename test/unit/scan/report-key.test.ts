import { describe, expect, it } from '@jest/globals';
import { stickyMarker } from '@scs/github-report';
import { defaultReportKey } from '../../../actions/scan/src/github-reporting.js';

describe('the sticky comment key (issue 13 item 9, issue 17 item 4)', () => {
  const ws = '/home/runner/work/app/app';
  it('defaults to the scanner and the target, so two scan steps or matrix legs of one job keep their own comments', () => {
    expect(
      defaultReportKey({ scanner: 'trivy', workspace: ws, target: { kind: 'image', image: 'ghcr.io/octo/app:1.2' } }),
    ).toBe('trivy:image:ghcr.io/octo/app:1.2');
    expect(
      defaultReportKey({ scanner: 'grype', workspace: ws, target: { kind: 'path', path: ws, relative: '' } }),
    ).toBe('grype:path:.');
    expect(
      defaultReportKey({ scanner: 'trivy', workspace: ws, target: { kind: 'sbom', sbom: `${ws}/out/app.cdx.json` } }),
    ).toBe('trivy:sbom:out/app.cdx.json');
    const a = stickyMarker(
      'CI',
      'scan',
      'scs:scan',
      defaultReportKey({ scanner: 'trivy', workspace: ws, target: { kind: 'image', image: 'ghcr.io/octo/api:1' } }),
    );
    const b = stickyMarker(
      'CI',
      'scan',
      'scs:scan',
      defaultReportKey({ scanner: 'trivy', workspace: ws, target: { kind: 'image', image: 'ghcr.io/octo/web:1' } }),
    );
    expect(a).not.toBe(b);
  });
});
