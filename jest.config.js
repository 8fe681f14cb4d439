/** Jest runs the TypeScript sources as ESM through ts-jest; `npm run typecheck` type-checks separately. */
export default {
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  testTimeout: 60000,
  // Builds the SIMD search's module from its text (scripts/build-wasm.mjs), as the bundle does.
  globalSetup: '<rootDir>/scripts/build-wasm.mjs',
};
