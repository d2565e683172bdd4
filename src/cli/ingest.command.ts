import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { buildCuratedGraph, type MentionReport } from '../ingest/build-curated-graph';
import type { CuratedGraph } from '../ingest/curated-graph';
import { curatedFilesVersion } from '../ingest/curated-files-version';
import { command } from './command';

const log = (line: string) => console.log(line);

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

/** What a curator wants to know about the annotations, printed before anything is written. */
function printReport(graph: CuratedGraph, report: MentionReport): void {
  const bodySentences = graph.documents.flatMap((document) =>
    document.sentences.filter((sentence) => sentence.kind === 'body').map((s) => `${document.id}:${s.index}`),
  );
  const cited = new Set(
    graph.relations.flatMap((relation) =>
      relation.evidence.flatMap((span) => span.sentenceIndexes.map((index) => `${span.documentId}:${index}`)),
    ),
  );
  const citedBody = bodySentences.filter((id) => cited.has(id)).length;
  const inferred = graph.relations.filter((relation) => relation.inferred).length;
  log(`Entities by type: ${countBy(graph.entities, (entity) => entity.type)}`);
  log(`Relations by type: ${countBy(graph.relations, (relation) => relation.type)}`);
  log(`Inferred relations: ${inferred} of ${graph.relations.length} (${percent(inferred, graph.relations.length)})`);
  log(`Kinds of statement: ${countBy(graph.relations, (relation) => relation.assertion?.kind ?? 'FACT')}`);
  const places = graph.entities.filter((entity) => entity.type === 'PLACE');
  const unplaced = places.filter((entity) => entity.location === null).map((entity) => entity.id);
  log(
    `Places with coordinates: ${places.length - unplaced.length} of ${places.length}` +
      (unplaced.length > 0 ? ` (without: ${unplaced.join(', ')})` : ''),
  );
  const withQid = graph.entities.filter((entity) => entity.wikidata !== null).length;
  log(`Entities with a Wikidata id: ${withQid} of ${graph.entities.length}`);
  log(
    `Body sentences cited as evidence: ${citedBody} of ${bodySentences.length} (${percent(citedBody, bodySentences.length)})`,
  );
  log(
    `Mentions: ${graph.mentions.length}; entities never mentioned by name: ${report.neverMentioned.length}` +
      (report.neverMentioned.length > 0 ? ` (${report.neverMentioned.join(', ')})` : ''),
  );
  log(
    `Capitalised words linked to nothing (candidates for new names): ${report.unlinkedNames.length}` +
      (report.unlinkedNames.length > 0
        ? `; most frequent: ${report.unlinkedNames
            .slice(0, 15)
            .map(({ name, count }) => `${name} ${count}`)
            .join(', ')}`
        : ''),
  );
}

/**
 * `npm run ingest`: validates the curated annotations against the corpus and loads them into Neo4j
 * (the curated graph in one transaction, ingested documents' mentions set aside and drawn again in
 * batches), with progress and a summary. `--check` validates and reports only.
 */
export const ingestCommand = command({
  summary: 'validate the curated annotations and (re)load them into Neo4j',
  usage: '[--check]',
  options: { check: { type: 'boolean', default: false } },
  positionals: false,
  async run({ values }) {
    const started = Date.now();
    log('Reading the corpus and the annotations...');
    const { graph, report } = buildCuratedGraph();
    const sentences = graph.documents.reduce((sum, document) => sum + document.sentences.length, 0);
    log(
      `Valid: ${graph.documents.length} documents, ${sentences} sentences, ${graph.entities.length} entities, ` +
        `${graph.relations.length} relations, ${graph.mentions.length} mentions.`,
    );
    printReport(graph, report);
    if (values.check) return 0;

    const service = await bootstrap(loadConfig(), { log, curatedData: 'skip' });
    try {
      log(`Writing to ${service.connection.uri} (the curated graph in one transaction)...`);
      const summary = await service.repositories.curation.load(graph, curatedFilesVersion(), {
        onStep: (step, detail) => log(`  ${step}: ${detail}`),
      });
      log(
        `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.documents} documents, ` +
          `${summary.sentences} sentences, ${summary.entities} entities, ${summary.relations} relations, ` +
          `${summary.mentions} mentions (version ${summary.version}).`,
      );
      return 0;
    } finally {
      await service.close();
    }
  },
});
