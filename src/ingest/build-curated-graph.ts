import { linkedNames } from '../graph/model';
import { projectPaths } from '../project-paths';
import { NameMatcher, unlinkedNames } from '../nlp/link-mentions';
import { segmentSentences } from '../nlp/segment-sentences';
import { AnnotationError } from './annotation-problem';
import { readCorpus } from './corpus-document';
import type { CuratedDocument, CuratedGraph, Mention } from './curated-graph';
import { readAnnotations } from './read-annotations';
import { validateAnnotations } from './validate-annotations';

export interface MentionReport {
  /** Entities none of whose names occur in the text. */
  neverMentioned: string[];
  /** Capitalised words that look like names and link to nothing, with how often they occur. */
  unlinkedNames: { name: string; count: number }[];
}

export interface BuildOptions {
  corpusDir?: string;
  annotationsDir?: string;
}

/**
 * Text -> annotations -> the graph to load: segments the corpus, reads and validates the curated
 * annotations against it, resolves evidence and links mentions. Throws AnnotationError listing
 * every problem, before anything is written anywhere.
 */
export function buildCuratedGraph({
  corpusDir = projectPaths.corpus,
  annotationsDir = projectPaths.annotations,
}: BuildOptions = {}): { graph: CuratedGraph; report: MentionReport } {
  const documents: CuratedDocument[] = readCorpus(corpusDir).map((document) => ({
    ...document,
    sentences: segmentSentences(document.text),
  }));
  const { annotations, problems: structural } = readAnnotations(annotationsDir);
  if (structural.length > 0) throw new AnnotationError(structural);
  const { entities, relations, problems } = validateAnnotations(annotations, documents);
  if (problems.length > 0) throw new AnnotationError(problems);

  const matcher = new NameMatcher(entities.map((entity) => ({ id: entity.id, names: linkedNames(entity) })));
  const mentions: Mention[] = [];
  const unlinked = new Map<string, number>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      const matches = matcher.match(sentence.text);
      for (const match of matches) {
        mentions.push({ ...match, documentId: document.id, sentenceIndex: sentence.index });
      }
      for (const name of unlinkedNames(sentence.text, matches)) unlinked.set(name, (unlinked.get(name) ?? 0) + 1);
    }
  }
  const mentioned = new Set(mentions.map((mention) => mention.entityId));
  return {
    graph: { documents, entities, relations, mentions },
    report: {
      neverMentioned: entities.filter((entity) => !mentioned.has(entity.id)).map((entity) => entity.id),
      unlinkedNames: [...unlinked]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    },
  };
}
