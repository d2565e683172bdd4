/**
 * The mode `npm start` runs in (src/production-mode.ts sets NODE_ENV=production when it is unset).
 * Jest sets NODE_ENV=test before any test file loads; no test runs the service in a mode that
 * `npm start` does not, so the in-process servers of the tests run as the service does.
 */
process.env.NODE_ENV = 'production';
