/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // otplib's hashing and base32 (@noble, @scure) are ES modules, which Jest cannot require before Node 24.9:
    // they are compiled to CommonJS for the tests.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@noble|@scure)/)'],
  // Each file starts the built product itself, with its own embedded database: give it time.
  testTimeout: 120000,
};
