/**
 * Integration project teardown: stops the registry that global-setup started
 * and removes its state folder.
 */
import * as fs from 'node:fs';
import type { InfraHandle } from './global-setup.js';

const HANDLE = Symbol.for('scs.test-infra');
type GlobalWithHandle = typeof globalThis & { [HANDLE]?: InfraHandle };

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as GlobalWithHandle;
  const handle = g[HANDLE];
  if (!handle) return;
  delete g[HANDLE];
  await handle.registry?.stop();
  await handle.referrersRegistry?.stop();
  fs.rmSync(handle.stateDir, { recursive: true, force: true });
}
