/**
 * @scs/vocabulary: the shared words of the suite, defined once (digests, JSON
 * guards, in-toto types, predicate types). A leaf: Node built-ins only.
 */
export * from './digest.js';
export * from './in-toto.js';
export * from './json.js';
export * from './predicate-types.js';
