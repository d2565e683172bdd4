import { readFileSync } from 'node:fs';
import path from 'node:path';
import { linkKeyText, nameLinkKeys, textLinkKeys } from '../../src/domain/link-keys';
import { knownEntitiesOf } from '../../src/extract/evaluate-extraction';
import { extractDocument } from '../../src/extract/extract-document';
import { KnownEntityLinker, type KnownEntity } from '../../src/extract/link-known-entities';
import { readEvalTexts } from '../../src/extract/read-eval-texts';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import type { Language } from '../../src/nlp/words';
import { projectPaths } from '../../src/project-paths';

const { graph } = buildCuratedGraph();
const known = knownEntitiesOf(graph);
const types = new Map(known.map((entity) => [entity.id, entity.type]));

/** The entities an ingest reads for a text: those with a link key the text has, as the graph's index finds them. */
function candidatesFor(text: string): KnownEntity[] {
  const keys = textLinkKeys(text);
  return known.filter((entity) => nameLinkKeys(entity.names).some((key) => keys.has(key)));
}

function extractWith(entities: readonly KnownEntity[], text: string, language: Language) {
  return extractDocument(text, language, new KnownEntityLinker(entities), types);
}

/** Every curated name as running text declines it: after an article, with the endings a name takes. */
function everyNameDeclined(): string {
  return known
    .flatMap((entity) => entity.names)
    .map((name) => `Man sprach von ${name}, von des ${name}s Leuten und von den ${name}en in ${name}er Art.`)
    .join(' ');
}

const EVERY_NAME = 'every curated name, declined';

const texts: { id: string; text: string; language: Language }[] = [
  {
    id: 'corpus',
    text: readFileSync(path.join(projectPaths.corpus, 'vertrag-von-tianjin-1858.de.txt'), 'utf8'),
    language: 'de',
  },
  ...readEvalTexts(types).map(({ id, text, language }) => ({ id, text, language })),
  { id: EVERY_NAME, text: everyNameDeclined(), language: 'de' },
];

describe('link keys', () => {
  it('are the spelling keys of a name’s first two words, and a river town’s own name', () => {
    expect(nameLinkKeys(['Vertrag von Aigun', 'Aigun-Vertrag'])).toEqual(['aigun_vertrag', 'vertrag_aigun']);
    expect(nameLinkKeys(['Nikolajewsk am Amur'])).toEqual(['nikolaievsk', 'nikolaievsk_amur']);
    expect(nameLinkKeys(['Graf Nikolai Murawjow-Amurski'])).toEqual(['graf_nikolai']);
    expect(linkKeyText(['Amur', 'Heilongjiang'])).toBe('amur heilongiiang');
  });

  it('of a text hold its words and word pairs, declined or not, across function words', () => {
    const keys = textLinkKeys('Der Vertrag von Aigun, des Amur-Flusses Ufer.');
    expect([...keys]).toEqual(
      expect.arrayContaining(['vertrag', 'vertrag_aigun', 'aigun', 'amur', 'amur_flus', 'flus_ufer']),
    );
    // A comma ends a name: no pair across it.
    expect(keys.has('aigun_amur')).toBe(false);
  });

  it.each(texts.map((text) => [text.id, text] as const))(
    'find every entity the linker links in %s, so the extraction is the same as over every known entity',
    (id, { text, language }) => {
      const candidates = candidatesFor(text);
      const overAll = extractWith(known, text, language);
      expect(overAll.mentions.length).toBeGreaterThan(0);
      expect(extractWith(candidates, text, language)).toEqual(overAll);
      // Not every entity (but where the text names every one): the keys choose.
      if (id !== EVERY_NAME) expect(candidates.length).toBeLessThan(known.length);
    },
  );
});
