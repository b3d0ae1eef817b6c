/** Hostile values for every input of the verify action (see input-corpus.ts), against the loopback Sigstore stack. */
import { describeSigningInputCorpus } from './support/signing-input-runner.js';

describeSigningInputCorpus('verify');
