/**
 * Imported first by the service's entry point: graphql-js picks its checks when it is loaded, and
 * outside production it runs a slow development `instanceof` on every value it resolves (a tenth
 * of the API's CPU under load). Set NODE_ENV yourself to override.
 */
process.env.NODE_ENV ??= 'production';
