/**
 * The reader: a source text paragraph by paragraph, every sentence numbered, every mention of an
 * entity a link to it, every sentence that is evidence of a relation marked (in an ingested
 * document: every sentence the extraction suggested something from, with what and its state), and
 * the sentence a piece of evidence was read from highlighted, its quoted words marked ("read in
 * context").
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { DocumentDetailsQuery, SuggestionDetailsFragment } from '../../../src/generated/graphql';
import { entityName, t } from '../i18n/i18n';
import { suggestionTitle } from './review-desk';

type ReadDocument = NonNullable<DocumentDetailsQuery['document']>;
export type ReaderSentence = ReadDocument['sentences']['edges'][number]['node'];
export type ReaderMention = ReadDocument['mentions'][number];

/** Where the reader was opened: a sentence, and the words of the evidence in it. */
export interface ReaderFocus {
  sentence: number;
  quote: string | null;
}

/** The marks after a sentence's number: evidence of curated relations, or the suggestions read from it. */
function sentenceMarks(sentence: ReaderSentence, suggestions: readonly SuggestionDetailsFragment[]) {
  const evidence = sentence.evidenceOf.length;
  return html`${
    evidence > 0
      ? html`<span class="evidence-mark" title=${t('reader.evidenceOf', { count: evidence })}
          >◆<span class="visually-hidden">${t('reader.evidenceOf', { count: evidence })}</span></span
        >`
      : nothing
  }${suggestions.map(
    (suggestion) =>
      html`<span class="suggestion-mark status-${suggestion.status.toLowerCase()}" title=${suggestion.rule ?? ''}
        >${suggestionTitle(suggestion)} · ${t(`review.status.${suggestion.status}`)}</span
      >`,
  )}`;
}

/** A sentence with its mentions as links, and the quoted words marked. */
function sentenceBody(sentence: ReaderSentence, mentions: readonly ReaderMention[], quote: string | null) {
  const text = sentence.text;
  const at = quote ? text.indexOf(quote) : -1;
  // Cut points: mention ends and the quote's; each piece is plain, a mention, or marked.
  const cuts = new Set([0, text.length]);
  for (const mention of mentions) cuts.add(mention.start).add(mention.end);
  if (at >= 0) cuts.add(at).add(at + quote!.length);
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b);
  const pieces: TemplateResult[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const words = text.slice(from, to);
    const mention = mentions.find((candidate) => candidate.start <= from && candidate.end >= to);
    const marked = at >= 0 && from >= at && to <= at + quote!.length;
    // No whitespace around the words: the text must read as it is written.
    // prettier-ignore
    const piece = mention
      ? html`<button type="button" class="mention" data-entity=${mention.entity.id} title=${entityName(mention.entity)}>${words}</button>`
      : html`${words}`;
    pieces.push(marked ? html`<mark>${piece}</mark>` : piece);
  }
  return pieces;
}

/** Items grouped by a number (a paragraph, a sentence), in the order they come. */
function groupedBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function readerTemplate(
  document: { id: string; title: string; language: string },
  sentences: readonly ReaderSentence[],
  mentions: readonly ReaderMention[],
  focus: ReaderFocus | null,
  total: number,
  suggestions: readonly SuggestionDetailsFragment[] = [],
): TemplateResult {
  const paragraphs = groupedBy(sentences, (sentence) => sentence.paragraph);
  const mentionsBySentence = groupedBy(mentions, (mention) => mention.sentenceIndex);
  const suggestionsBySentence = groupedBy(suggestions, (suggestion) => suggestion.evidence.sentenceIndex);
  const mentionsOf = (index: number) => mentionsBySentence.get(index) ?? [];
  const suggestionsOf = (index: number) => suggestionsBySentence.get(index) ?? [];
  const evidenceSentences = sentences.filter((sentence) => sentence.evidenceOf.length > 0).length;
  return html`
    <p><button type="button" class="link" data-home>${t('story.back')}</button></p>
    <h2>${document.title}</h2>
    <p class="meta">
      ${t('reader.hint')}
      ${
        suggestions.length > 0
          ? t('reader.suggestionsMarked', { count: suggestions.length })
          : evidenceSentences > 0
            ? t('reader.evidenceMarked', { count: evidenceSentences })
            : nothing
      }
    </p>
    <article class="reader" lang=${document.language}>
      ${[...paragraphs].map(
        ([paragraph, members]) =>
          html`<p class=${members[0]?.kind ?? 'body'} data-paragraph=${paragraph}>
            ${members.map(
              (sentence) =>
                html`<span
                  class="sentence ${focus?.sentence === sentence.index ? 'in-context' : ''} ${
                    sentence.evidenceOf.length > 0 ? 'evidence' : ''
                  } ${suggestionsOf(sentence.index).length > 0 ? 'suggested' : ''}"
                  id="sentence-${sentence.index}"
                  data-sentence=${sentence.index}
                  ><sup>${sentence.index + 1}</sup>${sentenceMarks(sentence, suggestionsOf(sentence.index))}
                  ${sentenceBody(
                    sentence,
                    mentionsOf(sentence.index),
                    focus?.sentence === sentence.index ? focus.quote : null,
                  )}
                </span> `,
            )}
          </p>`,
      )}
    </article>
    ${sentences.length < total ? html`<p class="meta">${t('reader.more', { shown: sentences.length, total })}</p>` : nothing}
  `;
}
