// undici is left out of this bundle (scripts/bundle.mjs): nothing in this action uses it.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: proxy dispatchers for fetch are unavailable');
  }
}
