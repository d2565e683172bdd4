// type-graphql reads decorator metadata: loaded before any GraphQL type.
import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import {
  ClaimsAndPlansDocument,
  NevelskoyToAigunDocument,
  OpposedAmurExpeditionsDocument,
  QingCededDocument,
  TimelineDocument,
  TreatySignatoriesDocument,
} from '../generated/graphql';
import { projectPaths } from '../project-paths';
import { createServer } from '../server';
import { command } from './command';

interface Example {
  title: string;
  file: string;
  document: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables?: Record<string, unknown>;
  /** What of the answer to show: the full answers repeat whole sentences many times. */
  summarise: (data: never) => unknown;
}

type Property = { key: string; value: string; entity?: { name: string } | null };
type Edge = { node: Record<string, unknown> & { properties?: Property[] } };
/** A relation's values, the entities they name by their names. */
const props = (relation: Edge['node']) =>
  Object.fromEntries((relation.properties ?? []).map(({ key, value, entity }) => [key, entity?.name ?? value]));
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
    title: 'Claims, plans and beliefs, and what the text says of them',
    file: 'claims-and-plans.graphql',
    document: ClaimsAndPlansDocument as never,
    summarise: (data: { neighbourhood: { relations: Edge['node'][] } }) =>
      data.neighbourhood.relations
        .map((r) => {
          const assertion = r.assertion as {
            kind: string;
            verdict: string;
            claimedBy: { name: string } | null;
            verdictEvidence: { quote: string | null; sentence: string }[];
          };
          return {
            statement: `${(r.source as { name: string }).name} -${String(r.type)}-> ${(r.target as { name: string }).name}`,
            kind: assertion.kind,
            ...(assertion.claimedBy && { by: assertion.claimedBy.name }),
            verdict: assertion.verdict,
            ...props(r),
            evidence: quote(r),
            ...(assertion.verdictEvidence.length > 0 && {
              verdictEvidence: assertion.verdictEvidence.map((e) => e.quote ?? e.sentence).join(' … '),
            }),
          };
        })
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.statement.localeCompare(b.statement)),
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

/**
 * `npm run docs:examples`: runs the use-case operations of schema/operations against the
 * configured Neo4j (the project-managed one by default) and writes each with its real answer,
 * shortened for reading, to docs/api-examples.md.
 */
export const docsExamplesCommand = command({
  summary: 'write docs/api-examples.md from the use-case operations and their real answers',
  usage: '',
  options: {},
  positionals: false,
  async run() {
    const log = (line: string) => console.log(line);
    const service = await bootstrap(loadConfig(), { log });
    const server = await createServer({
      driver: service.driver,
      database: service.connection.database,
      readiness: service.readiness,
      cypher: service.cypher,
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
        log(`ran ${example.file}`);
      }
    } finally {
      await server.stop();
      await service.close();
    }
    const file = path.join(projectPaths.root, 'docs', 'api-examples.md');
    // Formatted as the format check wants it.
    const options = (await resolveConfig(file)) ?? {};
    writeFileSync(file, await format(`${sections.join('\n')}\n`, { ...options, filepath: file }));
    log(`wrote ${path.relative(projectPaths.root, file)}`);
    return 0;
  },
});
