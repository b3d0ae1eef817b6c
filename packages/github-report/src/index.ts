export * from './text-limits.js';
export * from './check-run.js';
export * from './pr-comment.js';
export * from './report-key.js';
export * from './sarif-upload.js';
export * from './degrade.js';
