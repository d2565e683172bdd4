// @ts-check
/**
 * Four projects: `unit` needs nothing running; `processes` starts the processes it tests (the
 * service, the project-managed Neo4j); `integration` and `e2e` talk to one real Neo4j, started by
 * their global setup (a disposable server) unless NEO4J_URI names one.
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['<rootDir>/tests/helpers/production-mode.ts', 'reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      // Processes the tests start themselves (the service, the project-managed Neo4j): no shared
      // Neo4j, so the gate runs them beside the integration tests.
      ...shared,
      displayName: 'processes',
      testMatch: ['<rootDir>/tests/processes/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/processes-global-setup.ts',
      slowTestThreshold: 30,
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/neo4j-global-teardown.ts',
      slowTestThreshold: 30,
      // The first server of a run waits for Neo4j to plan the timeline statement (seconds).
      testTimeout: 30_000,
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/neo4j-global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
  testTimeout: 60_000,
  // The failing tests again after the last suite, however few suites ran: a CI log is often read
  // from its end.
  reporters: [['default', { summaryThreshold: 0 }]],
};
