/**
 * Lets Node 24 import the workspace packages' TypeScript sources directly:
 * `./model.js` specifiers (TypeScript's NodeNext convention) resolve to the
 * `./model.ts` next to them. Run with --experimental-transform-types (the
 * packages use parameter properties, which plain type stripping rejects).
 *
 *   node --experimental-transform-types --import ./bench/lib/typescript-sources.mjs script.mjs
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      specifier.endsWith('.js') &&
      (specifier.startsWith('./') || specifier.startsWith('../')) &&
      context.parentURL?.endsWith('.ts')
    ) {
      const asTs = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
      if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(asTs))) {
        return nextResolve(asTs.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
