// undici, bundled on its own in undici/index.cjs, is loaded on first use only (scripts/bundle.mjs):
// @actions/http-client and @actions/github import it at top level, but only a proxy dispatcher or
// @actions/github's fetch (the lazily loaded artifact upload) ever use it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let undici;
const load = () => (undici ??= require('./undici/index.cjs'));
export class ProxyAgent {
  constructor(...args) {
    return new (load().ProxyAgent)(...args);
  }
}
export function fetch(...args) {
  return load().fetch(...args);
}
