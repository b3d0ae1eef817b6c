/**
 * Misconfiguration checks never come from the network (issue 17 item 5, in
 * part): dist/scan with the real Trivy test binary scans examples/demo-app for
 * misconfigurations with no TRIVY_SKIP_* variable set and HTTPS_PROXY /
 * HTTP_PROXY pointing at a recorder that refuses every tunnel. The action
 * passes the build's skip flag (`--skip-policy-update` on this build, which
 * predates `--skip-check-update`), so Trivy uses the checks embedded in the
 * pinned binary and asks the proxy for nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { REPO_ROOT, runAction, workspaceFrom } from '../support/action-harness.js';
import { requireTrivy } from '../support/test-tools.js';

const trivy = requireTrivy();
const describeWithTrivy = trivy ? describe : describe.skip;

describeWithTrivy('scan: Trivy never fetches a checks bundle itself', () => {
  let proxy: Server;
  const seen: string[] = [];
  beforeAll(async () => {
    proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(403).end();
    });
    proxy.on('connect', (req, socket) => {
      seen.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
  });

  it('misconfig findings from the embedded checks, with the skip flag, and no request through the proxy', async () => {
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const run = await runAction('scan', {
      workspace: workspaceFrom(path.join(REPO_ROOT, 'examples', 'demo-app')),
      inputs: { 'trivy-path': trivy!, scanners: 'misconfig', 'fail-on': 'none' },
      env: { HTTPS_PROXY: url, HTTP_PROXY: url, https_proxy: url, http_proxy: url, NO_PROXY: '', no_proxy: '' },
    });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    const command = run.stdout.split('\n').find((line) => line.startsWith('Running: ') && line.includes(' fs '));
    expect(command).toContain(' --skip-policy-update');
    // The Dockerfile, Kubernetes and Terraform checks of the demo app (see scan-trivy.test.ts).
    expect(Number(run.outputs.high)).toBeGreaterThanOrEqual(9);
    expect(seen).toEqual([]);
  });
});
