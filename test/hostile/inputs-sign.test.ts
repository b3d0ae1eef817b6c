/** Hostile values for every input of the sign action (see input-corpus.ts), against the loopback Sigstore stack. */
import { describeSigningInputCorpus } from './support/signing-input-runner.js';

describeSigningInputCorpus('sign');
