import { evaluateExtraction, evaluateHeldOut, type HeldOutScores, type Score } from '../extract/evaluate-extraction';
import { readEvalTexts } from '../extract/read-eval-texts';
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

const HEADER = `${'task'.padEnd(22)} ${'predicted'.padStart(9)} ${'gold'.padStart(6)} ${'correct'.padStart(8)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`;

function heldOutRows(scores: HeldOutScores): string[] {
  return [
    row('mention linking', scores.mentions),
    row('new entities', scores.newEntities),
    row('relation suggestions', scores.relations),
    `${'dates of relations'.padEnd(22)} ${scores.dates.right} of the ${scores.dates.found} relations found carry the gold date (or none where the gold has none)`,
  ];
}

/**
 * `npm run eval:extract`: scores the extraction pipeline, first on the held-out texts of data/eval/
 * (written for this, not the text the rules were made from), then on the corpus with the curated
 * annotations as gold (the training data: the cue lists were made from it). Precision, recall
 * and F1 for mention linking, new entities and relation suggestions. `--misses` lists what the
 * pipeline got wrong on the held-out texts. Needs no database.
 */
export const evalExtractCommand = command({
  summary: 'score the extraction pipeline against the curated annotations',
  usage: '[--misses]',
  options: { misses: { type: 'boolean' } },
  positionals: false,
  run({ values }) {
    const { graph } = buildCuratedGraph();
    const started = performance.now();
    const types = new Map(graph.entities.map((entity) => [entity.id, entity.type]));
    const texts = readEvalTexts(types);
    const heldOut = evaluateHeldOut(graph, texts);
    const inLanguage = (language: string): number => texts.filter((text) => text.language === language).length;
    console.log(
      `Held-out texts (data/eval/: ${texts.length} texts, ${inLanguage('de')} German and ${inLanguage('en')} English):`,
    );
    console.log(HEADER);
    for (const line of heldOutRows(heldOut.total)) console.log(line);
    const parts: [string, HeldOutScores | null][] = [
      ['the texts that guided the rules', heldOut.guided],
      ['the texts kept blind (no rule changed for them)', heldOut.blind],
    ];
    for (const [label, scores] of parts) {
      if (!scores) continue;
      console.log(`\n  ${label}:`);
      for (const line of heldOutRows(scores)) console.log(`  ${line}`);
    }
    for (const text of heldOut.byText) {
      console.log(`\n  ${text.id} (${text.language}${text.blind ? ', blind' : ''}):`);
      for (const line of heldOutRows(text.scores)) console.log(`  ${line}`);
    }
    if (values.misses) {
      console.log(`\nwrong and missed on the held-out texts (${heldOut.misses.length}):`);
      for (const line of heldOut.misses) console.log(`  ${line}`);
    }

    const scores = evaluateExtraction(graph);
    console.log('\nThe corpus (training data: the cue lists were made from it):');
    console.log(HEADER);
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
