// Native ESM mode (NestJS 12 is ESM-only); @swc/jest compiles TypeScript with legacy decorators and metadata.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // See the file: a CommonJS stand-in for an ESM-only dependency of @fastify/static.
    '^content-disposition$': '<rootDir>/test/support/content-disposition.cjs',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/projections/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // A ceiling for a hung test, not a speed check: on a busy 2-core machine the built service alone takes tens of seconds.
  testTimeout: 120000,
};
