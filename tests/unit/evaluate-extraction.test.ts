import { evaluateExtraction } from '../../src/extract/evaluate-extraction';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';

describe('the extraction pipeline against the curated annotations (npm run eval:extract)', () => {
  const scores = evaluateExtraction(buildCuratedGraph().graph);

  it('links mentions with an F1 of at least 0.9', () => {
    expect(scores.mentions.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests relations with a precision of at least 0.6 at a recall of at least 0.4', () => {
    expect(scores.relations.precision).toBeGreaterThanOrEqual(0.6);
    expect(scores.relations.recall).toBeGreaterThanOrEqual(0.4);
  });
});
