export * from './model.js';
export * from './trivy-parser.js';
export * from './filter.js';
export * from './gate.js';
export * from './paths.js';
export * from './sarif-renderer.js';
export * from './markdown-renderer.js';
export * from './annotation-renderer.js';
