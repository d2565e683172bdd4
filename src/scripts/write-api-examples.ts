/**
 * `npm run docs:examples`: runs the use-case operations of schema/operations against the
 * configured Neo4j (the project-managed one by default) and writes each with its real answer,
 * shortened for reading, to docs/api-examples.md.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../config';
import { applyMigrations } from '../db/apply-migrations';
import { CypherLoader } from '../db/cypher-loader';
import { openNeo4j } from '../db/open-neo4j';
import {
  NevelskoyToAigunDocument,
  OpposedAmurExpeditionsDocument,
  QingCededDocument,
  TimelineDocument,
  TreatySignatoriesDocument,
} from '../generated/graphql';
import { Readiness } from '../health/readiness';
import { ensureCuratedGraph } from '../ingest/ensure-curated-graph';
import { loadDotEnv } from '../load-dot-env';
import { projectPaths } from '../project-paths';
import { reportFatalError } from '../report-fatal-error';
import { createServer } from '../server';

interface Example {
  title: string;
  file: string;
  document: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables?: Record<string, unknown>;
  /** What of the answer to show: the full answers repeat whole sentences many times. */
  summarise: (data: never) => unknown;
}

type Edge = { node: Record<string, unknown> & { properties?: { key: string; value: string }[] } };
const props = (relation: Edge['node']) =>
  Object.fromEntries((relation.properties ?? []).map(({ key, value }) => [key, value]));
const quote = (relation: Edge['node']) =>
  (relation.evidence as { quote: string | null; sentence: string }[]).map((e) => e.quote ?? e.sentence).join(' … ');

const EXAMPLES: Example[] = [
  {
    title: 'Who opposed the Amur expeditions, and how',
    file: 'opposed-amur-expeditions.graphql',
    document: OpposedAmurExpeditionsDocument as never,
    summarise: (data: Record<string, { name: string; relations: { edges: Edge[] } }>) =>
      Object.values(data).flatMap((entity) =>
        entity.relations.edges.map(({ node }) => ({
          opponent: (node.source as { name: string }).name,
          opposed: entity.name,
          how: props(node).how,
          evidence: quote(node),
        })),
      ),
  },
  {
    title: 'The chain from Nevelskoy to the Treaty of Aigun',
    file: 'nevelskoy-to-aigun.graphql',
    document: NevelskoyToAigunDocument,
    summarise: (data: { paths: { nodes: { name: string }[]; relations: Edge['node'][] }[] }) =>
      data.paths.map((p) => ({
        path: p.relations
          .map(
            (r) => `${(r.source as { name: string }).name} -${String(r.type)}-> ${(r.target as { name: string }).name}`,
          )
          .join(' ; '),
        evidence: p.relations.map(quote),
      })),
  },
  {
    title: 'Who signed or negotiated each treaty, and when',
    file: 'treaty-signatories.graphql',
    document: TreatySignatoriesDocument as never,
    summarise: (data: { entities: { edges: { node: { name: string; relations: { edges: Edge[] } } }[] } }) =>
      data.entities.edges.map(({ node }) => ({
        treaty: node.name,
        parties: node.relations.edges.map(
          ({ node: r }) =>
            `${String(r.type)} ${(r.source as { name: string }).name}${r.start ? ` (${(r.start as { iso: string }).iso})` : ''}${r.inferred ? ' [inferred]' : ''}`,
        ),
      })),
  },
  {
    title: 'What Qing China ceded',
    file: 'qing-ceded.graphql',
    document: QingCededDocument as never,
    summarise: (data: { entity: { relations: { edges: Edge[] } } }) =>
      data.entity.relations.edges.map(({ node }) => ({
        territory: (node.target as { name: string }).name,
        ...props(node),
        date: (node.start as { iso: string } | null)?.iso,
        evidence: quote(node),
      })),
  },
  {
    title: 'Timeline 1849-1860 (treaties, cessions, foundations, discoveries, leadership, opposition)',
    file: 'timeline.graphql',
    document: TimelineDocument,
    variables: {
      from: '1849',
      to: '1860',
      types: ['SIGNED', 'NEGOTIATED', 'CEDED', 'TRANSFERRED', 'FOUNDED', 'DISCOVERED', 'LED', 'OPPOSED', 'ENDED'],
      first: 100,
    },
    summarise: (data: {
      timeline: { edges: { node: { date: { iso: string; text: string | null }; label: string } }[] };
    }) =>
      data.timeline.edges.map(
        ({ node: entry }) => `${entry.date.iso}  ${entry.label}${entry.date.text ? `  («${entry.date.text}»)` : ''}`,
      ),
  },
];

async function main(): Promise<void> {
  loadDotEnv();
  const neo4j = await openNeo4j(loadConfig(), (line) => console.log(line));
  const cypher = new CypherLoader();
  const { database, uri } = neo4j.connection;
  await applyMigrations(neo4j.driver, cypher, database);
  await ensureCuratedGraph(neo4j.driver, cypher, database, (line) => console.log(line));
  const server = await createServer({
    driver: neo4j.driver,
    database,
    readiness: new Readiness(neo4j.driver, database, uri),
    cypher,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const sections: string[] = [
    '# The use-case operations and their answers',
    '',
    'Generated by `npm run docs:examples` from the operations in `schema/operations/`, run against the curated graph.',
    'Each answer is shown shortened (names, properties and the quoted words of the evidence); the API returns the whole',
    'evidence sentences as well.',
  ];
  try {
    for (const example of EXAMPLES) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(example.document), variables: example.variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`${example.file}: ${JSON.stringify(body.errors)}`);
      sections.push(
        '',
        `## ${example.title}`,
        '',
        `\`schema/operations/${example.file}\`${example.variables ? ` with \`${JSON.stringify(example.variables)}\`` : ''}:`,
        '',
        '```json',
        JSON.stringify(example.summarise(body.data), null, 2),
        '```',
      );
      console.log(`ran ${example.file}`);
    }
  } finally {
    await server.stop();
    await neo4j.close();
  }
  const file = path.join(projectPaths.root, 'docs', 'api-examples.md');
  writeFileSync(file, `${sections.join('\n')}\n`);
  console.log(`wrote ${path.relative(projectPaths.root, file)}`);
}

main().catch((error: unknown) => {
  reportFatalError(error);
  process.exit(1);
});
