import { runAction } from '@scs/action-kit';
import { getInputs } from './inputs.js';
import { run } from './main.js';

await runAction(() => run(getInputs()));
