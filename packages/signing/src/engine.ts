/** The engine factory: one interface, two implementations. */
import { ConfigurationError } from '@scs/action-kit';
import { CosignEngine } from './cosign-engine.js';
import { SigstoreEngine } from './sigstore-engine.js';
import type { EngineConfig, SigningEngine } from './types.js';

export async function createSigningEngine(config: EngineConfig): Promise<SigningEngine> {
  switch (config.engine) {
    case 'sigstore':
      return new SigstoreEngine(config);
    case 'cosign':
      return new CosignEngine(config);
    default:
      throw new ConfigurationError(`Unknown signing engine '${String(config.engine)}'; use cosign or sigstore.`);
  }
}
