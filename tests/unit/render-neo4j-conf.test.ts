import { localNeo4jLayout } from '../../src/local-neo4j/local-neo4j-layout';
import { youngGenerationCap } from '../../src/local-neo4j/local-neo4j-server';
import { renderNeo4jConf } from '../../src/local-neo4j/render-neo4j-conf';

function settingsOf(conf: string): Map<string, string> {
  return new Map(
    conf
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('renderNeo4jConf', () => {
  const layout = localNeo4jLayout('/srv/amur/.neo4j');
  const settings = settingsOf(renderNeo4jConf(layout, { boltPort: 7700, heap: '512m', pageCache: '256m' }));

  it('listens for Bolt on loopback only, with HTTP off', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7700');
    expect(settings.get('server.http.enabled')).toBe('false');
    expect(settings.get('server.https.enabled')).toBe('false');
  });

  it('keeps authentication on and usage reporting off', () => {
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
  });

  it('keeps data, logs and run files under the home folder', () => {
    for (const key of ['server.directories.data', 'server.directories.logs', 'server.directories.run']) {
      expect(settings.get(key)).toMatch(/^\/srv\/amur\/\.neo4j\//);
    }
  });

  it('sizes memory as asked', () => {
    expect(settings.get('server.memory.heap.max_size')).toBe('512m');
    expect(settings.get('server.memory.pagecache.size')).toBe('256m');
  });
});

describe('youngGenerationCap', () => {
  it('is a tenth of the heap, in MB', () => {
    expect(youngGenerationCap('512m')).toBe('51m');
    expect(youngGenerationCap('2g')).toBe('205m');
    expect(youngGenerationCap('1048576k')).toBe('102m');
    expect(youngGenerationCap('512M')).toBe('51m');
  });

  it('refuses a heap that is not a size, naming it', () => {
    expect(() => youngGenerationCap('half')).toThrow('the Neo4j heap "half" is not a size such as 512m or 2g');
  });
});
