/**
 * The engine factory: one interface, two implementations. The sigstore
 * engine (and with it @sigstore/sign and its network stack) is loaded only
 * when it is chosen: the default cosign engine never needs it, and loading it
 * cost sign-keyless and provenance 144–172 ms per run (bench/PROFILES.md).
 */
import { ConfigurationError } from '@scs/action-kit';
import { CosignEngine } from './cosign-engine.js';
import type { EngineConfig, SigningEngine } from './types.js';

export async function createSigningEngine(config: EngineConfig): Promise<SigningEngine> {
  switch (config.engine) {
    case 'sigstore': {
      const { SigstoreEngine } = await import('./sigstore-engine.js');
      return new SigstoreEngine(config);
    }
    case 'cosign':
      return new CosignEngine(config);
    default:
      throw new ConfigurationError(`Unknown signing engine '${String(config.engine)}'; use cosign or sigstore.`);
  }
}
