/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // Jest cannot require ES modules before Node 24.9; content-disposition 3, file-type (with the
    // tokenizer packages it uses), pg-boss (with its own) and otplib's hashing and base32 (@noble, @scure) are,
    // so they are compiled to CommonJS for the tests. Node itself loads them natively in the app.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|pg-boss|rrule-temporal|serialize-error|non-error|@noble|@scure)/)',
  ],
  // Each test file gets its own database cloned from a migrated template; see test/support/database.ts.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
