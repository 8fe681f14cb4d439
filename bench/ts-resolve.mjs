// Lets a bench script import the TypeScript sources directly (node --experimental-transform-types
// --import ./bench/ts-resolve.mjs ...): the sources import each other as `./x.js`, which this maps to
// `./x.ts` where no `.js` file is there.

import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (/^\\.{1,2}\\/.*\\.js$/.test(specifier)) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
