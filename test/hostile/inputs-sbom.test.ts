/** Hostile values for every input of the sbom action (see input-corpus.ts). */
import { describeInputCorpus } from './support/input-runner.js';

describeInputCorpus('sbom');
