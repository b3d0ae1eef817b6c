/** Hostile values for every input of the scan action (see input-corpus.ts). */
import { describeInputCorpus } from './support/input-runner.js';

describeInputCorpus('scan');
