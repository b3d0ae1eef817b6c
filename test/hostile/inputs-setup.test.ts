/** Hostile values for every input of the setup action (see input-corpus.ts). */
import { describeInputCorpus } from './support/input-runner.js';

describeInputCorpus('setup');
