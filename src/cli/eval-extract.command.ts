import { evaluateExtraction, type Score } from '../extract/evaluate-extraction';
import { buildCuratedGraph } from '../ingest/build-curated-graph';
import { command } from './command';

function row(name: string, s: Score): string {
  const cells = [
    name.padEnd(22),
    String(s.predicted).padStart(9),
    String(s.gold).padStart(6),
    String(s.truePositives).padStart(8),
    s.precision.toFixed(3).padStart(9),
    s.recall.toFixed(3).padStart(7),
    s.f1.toFixed(3).padStart(7),
  ];
  return cells.join(' ');
}

/**
 * `npm run eval:extract`: runs the extraction pipeline over the corpus with the curated annotations
 * as the gold standard and prints precision, recall and F1 for mention linking and for relation
 * suggestions, overall and by relation type. Needs no database.
 */
export const evalExtractCommand = command({
  summary: 'score the extraction pipeline against the curated annotations',
  usage: '',
  options: {},
  positionals: false,
  run() {
    const { graph } = buildCuratedGraph();
    const started = performance.now();
    const scores = evaluateExtraction(graph);
    console.log(
      `${'task'.padEnd(22)} ${'predicted'.padStart(9)} ${'gold'.padStart(6)} ${'correct'.padStart(8)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`,
    );
    console.log(row('mention linking', scores.mentions));
    console.log(row('relation suggestions', scores.relations));
    console.log('\nrelation suggestions by type:');
    for (const { type, score } of scores.relationsByType) console.log(row(`  ${type}`, score));
    const { found, stated, recall } = scores.statedRecall;
    console.log(
      `\ngold for relations: stated curated relations with both ends named in one evidence sentence.` +
        `\nover all ${stated} stated relations, ${found} found: recall ${recall.toFixed(3)}.`,
    );
    console.log(`\n(${Math.round(performance.now() - started)} ms)`);
    return Promise.resolve(0);
  },
});
