export * from './errors.js';
export * from './escape.js';
export * from './inputs.js';
export { runAction, describeFailure } from './run-action.js';
