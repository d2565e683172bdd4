/**
 * A citation for a single fact or entity of the graph: a CSL-JSON item (what Zotero imports), the
 * same as BibTeX, and formatted in a standard style, all by citation-js (whose CSL engine is
 * citeproc-js, with the styles it bundles). A relation is cited with the sentence that states it:
 * its quote, its document and sentence number, what the document is (a machine translation from
 * Russian), the permalink that opens exactly it in the explorer, and the day it was looked up.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { SourceDescription } from '../domain/source-description';
import type { EntityRecord, RelationRecord } from '../graph/model';
import { permalinks } from './permalinks';

/** The styles citation-js bundles: Harvard (with the access date), APA 7, Vancouver. */
export const CITATION_STYLES = ['HARVARD', 'APA', 'VANCOUVER'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
const TEMPLATES: Record<CitationStyle, string> = { HARVARD: 'harvard1', APA: 'apa', VANCOUVER: 'vancouver' };

/** The project, as the publisher of what it cites. */
export const GRAPH_TITLE = 'Amur Graph: the Russian-Chinese border settlement, 1689-1860';

export interface CitedDocument {
  id: string;
  title: string;
  source: SourceDescription | null;
}

export interface Citation {
  permalink: string;
  csl: Record<string, unknown>;
  bibtex: string;
  text: string;
}

const dateParts = (day: Date) => ({ 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] });

/** Languages' names in English: "ru" is "Russian". */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** What a document is, in a few words: "machine translation from Russian". */
function provenance(document: CitedDocument | undefined): string | null {
  const source = document?.source;
  if (!source) return null;
  if (!source.translatedFrom) return source.kind;
  const language = LANGUAGE_NAMES.of(source.translatedFrom);
  return `${source.kind} from ${language ?? source.translatedFrom}`;
}

function format(csl: Record<string, unknown>, style: CitationStyle): { bibtex: string; text: string } {
  const cite = new Cite(csl);
  return {
    bibtex: String(cite.format('bibtex')).trim(),
    text: String(cite.format('bibliography', { format: 'text', template: TEMPLATES[style], lang: 'en-US' })).trim(),
  };
}

/**
 * A relation, cited by the first sentence that states it: "Muravyov SIGNED Treaty of Aigun: “Am
 * 16. Mai 1858 …” (Vertrag von Tianjin (1858), sentence 131, machine translation from Russian)".
 */
export function citeRelation(
  relation: RelationRecord,
  documents: ReadonlyMap<string, CitedDocument>,
  { baseUrl, accessed, style }: { baseUrl: string; accessed: Date; style: CitationStyle },
): Citation {
  const permalink = permalinks.relation(baseUrl, relation.id);
  const [evidence] = relation.evidence;
  const document = evidence ? documents.get(evidence.documentId) : undefined;
  const statement = `${relation.source.name} ${relation.type} ${relation.target.name}`;
  const where = evidence
    ? [document?.title ?? evidence.documentId, `sentence ${evidence.sentenceIndex + 1}`, provenance(document)]
        .filter(Boolean)
        .join(', ')
    : null;
  const words = evidence ? (evidence.quote ?? evidence.sentence) : null;
  const csl: Record<string, unknown> = {
    id: relation.id,
    type: 'dataset',
    title: words ? `${statement}: “${words}” (${where})` : statement,
    'container-title': GRAPH_TITLE,
    publisher: 'Amur Graph',
    URL: permalink,
    accessed: dateParts(accessed),
    issued: dateParts(accessed),
    ...(evidence && {
      source: document?.title ?? evidence.documentId,
      locator: String(evidence.sentenceIndex + 1),
      note: [
        `Sentence ${evidence.sentenceIndex + 1} of ${document?.title ?? evidence.documentId}: ${evidence.sentence}`,
        provenance(document) && `The document is a ${provenance(document)}.`,
        relation.assertion.kind !== 'FACT' && `A ${relation.assertion.kind.toLowerCase()}, not a fact the text states.`,
      ]
        .filter(Boolean)
        .join(' '),
    }),
  };
  return { permalink, csl, ...format(csl, style) };
}

/** An entity, cited as a record of the graph. */
export function citeEntity(
  entity: EntityRecord,
  { baseUrl, accessed, style }: { baseUrl: string; accessed: Date; style: CitationStyle },
): Citation {
  const permalink = permalinks.entity(baseUrl, entity.id);
  const csl: Record<string, unknown> = {
    id: entity.id,
    type: 'dataset',
    title: entity.description ? `${entity.name}: ${entity.description}` : entity.name,
    'container-title': GRAPH_TITLE,
    publisher: 'Amur Graph',
    URL: permalink,
    accessed: dateParts(accessed),
    issued: dateParts(accessed),
  };
  return { permalink, csl, ...format(csl, style) };
}

/**
 * A path as a footnoted narrative in Markdown: one sentence per hop, in path order, each with a
 * footnote citing the sentence of the source that states it.
 */
export function pathNarrative(
  relations: readonly RelationRecord[],
  documents: ReadonlyMap<string, CitedDocument>,
  options: { baseUrl: string; accessed: Date; style: CitationStyle },
): string {
  const hops = relations.map(
    (relation, i) => `${i + 1}. ${relation.source.name} ${relation.type} ${relation.target.name}.[^${i + 1}]`,
  );
  const notes = relations.map((relation, i) => `[^${i + 1}]: ${citeRelation(relation, documents, options).text}`);
  return `${hops.join('\n')}\n\n${notes.join('\n')}\n`;
}
