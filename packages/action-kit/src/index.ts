export * from './errors.js';
export * from './escape.js';
export * from './inputs.js';
export * from './logger.js';
export * from './process.js';
export * from './context.js';
export { runAction, describeFailure } from './run-action.js';
export * from './summary.js';
export * from './annotations.js';
