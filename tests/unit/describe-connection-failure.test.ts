import { describeConnectionFailure } from '../../src/db/neo4j-connection';

function driverError(message: string, code = 'ServiceUnavailable'): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeConnectionFailure', () => {
  it.each([
    [driverError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:1'), 'connection refused'],
    [driverError('getaddrinfo ENOTFOUND nohost'), 'unknown host'],
    [driverError('Connection acquisition timed out in 10000 ms.'), 'connection timed out'],
    [
      driverError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized'),
      'authentication failed: check NEO4J_USER and NEO4J_PASSWORD',
    ],
    [
      driverError('Database does not exist', 'Neo.ClientError.Database.DatabaseNotFound'),
      'database "amur" does not exist: check NEO4J_DATABASE',
    ],
    [driverError('something else\nwith a second line', 'X'), 'something else'],
  ])('describes %s', (error, expected) => {
    expect(describeConnectionFailure(error, 'amur')).toBe(expected);
  });
});
