/**
 * German-aware sentence segmentation: ICU's sentence breaker (Intl.Segmenter) per paragraph, then a
 * post-pass that undoes the breaks it makes inside German sentences. ICU takes every "word." for a
 * sentence end, so it cuts
 *   "Am 13. | Juni 1858"          an ordinal before a month name,
 *   "Ende des 16. | Jahrhunderts" an ordinal before Jahrhundert / Jahrtausend,
 *   "V. | F. Bratishchev"         initials of a name (one capital, or two letters as in "Yu."),
 *   "St. | Petersburg"            common abbreviations,
 *   "des Flusses. | Ussuri"       "Fluss." before a river's name, this corpus's rendering of the
 *                                 Russian abbreviation "р." (river).
 * A paragraph without closing punctuation is a heading; a paragraph of one short sentence is a
 * picture caption. Both are kept, marked by `kind`.
 */
import type { Language } from './words';

export type SentenceKind = 'body' | 'heading' | 'caption';

export interface Sentence {
  /** Position in the document, from 0. */
  index: number;
  /** The paragraph (line) the sentence stands in, from 0. */
  paragraph: number;
  text: string;
  /** Offsets into the document text: `document.slice(start, end) === text`. */
  start: number;
  end: number;
  kind: SentenceKind;
}

const MONTHS = [
  'Januar',
  'Jänner',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const ABBREVIATIONS = ['St', 'Nr', 'Dr', 'Prof', 'ca', 'bzw', 'vgl', 'Jh', 'Jhs', 'Art', 'Abs', 'bzw', 'geb', 'gest'];

const ORDINAL_AT_END = /(?:^|[\s(])\d{1,2}\.$/;
const CONTINUES_ORDINAL = new RegExp(`^(?:${MONTHS.join('|')}|Jahrhundert|Jahrtausend)`);
const INITIAL_AT_END = /(?:^|[\s(])[A-ZÄÖÜ][a-z]?\.$/;
const ABBREVIATION_AT_END = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`);
const RIVER_WORD_AT_END = /(?:^|\s)(?:Fluss|Flusses|Flüsse)\.$/;
const STARTS_UPPER = /^[A-ZÄÖÜ]/;

/** True when ICU's break between `before` and `after` falls inside one German sentence. */
export function isFalseBreak(before: string, after: string): boolean {
  if (ORDINAL_AT_END.test(before) && CONTINUES_ORDINAL.test(after)) return true;
  if (INITIAL_AT_END.test(before) && STARTS_UPPER.test(after)) return true;
  if (ABBREVIATION_AT_END.test(before)) return true;
  if (RIVER_WORD_AT_END.test(before) && STARTS_UPPER.test(after)) return true;
  return false;
}

const segmenters = {
  de: new Intl.Segmenter('de', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

interface Span {
  start: number;
  end: number;
}

/**
 * How long a piece of a paragraph ICU is given at once. Its sentence breaker grows much faster
 * than the text: 20,000 one-word sentences in one paragraph took 0.5 s, 40,000 took 56 s; pieces
 * of a few thousand characters keep it linear.
 */
const PIECE_LENGTH = 4_000;
/** Where a long paragraph is cut into pieces: after the end of a sentence, else after a space. */
const SENTENCE_END = /[.!?…]["“”»«)]*\s+/g;
const SPACE = /\s+/g;

/** Where the piece of `paragraph` that starts at `from` ends: a sentence end after PIECE_LENGTH characters. */
function pieceEnd(paragraph: string, from: number): number {
  if (paragraph.length - from <= PIECE_LENGTH * 1.5) return paragraph.length;
  for (const boundary of [SENTENCE_END, SPACE]) {
    boundary.lastIndex = from + PIECE_LENGTH;
    const found = boundary.exec(paragraph);
    if (found && found.index < from + PIECE_LENGTH * 2) return found.index + found[0].length;
  }
  return from + PIECE_LENGTH * 2;
}

/** Sentence spans of one paragraph, offsets into it, without surrounding white space. */
function paragraphSpans(paragraph: string, language: Language): Span[] {
  const spans: Span[] = [];
  for (let from = 0; from < paragraph.length;) {
    const to = pieceEnd(paragraph, from);
    for (const { segment, index } of segmenters[language].segment(paragraph.slice(from, to))) {
      const leading = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (text === '') continue;
      const span = { start: from + index + leading, end: from + index + leading + text.length };
      const previous = spans.at(-1);
      if (previous && isFalseBreak(paragraph.slice(previous.start, previous.end), text)) previous.end = span.end;
      else spans.push(span);
    }
    from = to;
  }
  return spans;
}

const CLOSING_PUNCTUATION = /[.!?:;…"“”»«)]$/;
const CAPTION_MAX_WORDS = 10;

function kindOf(paragraphText: string, sentencesInParagraph: number): SentenceKind {
  if (!CLOSING_PUNCTUATION.test(paragraphText)) return 'heading';
  if (sentencesInParagraph === 1 && paragraphText.split(/\s+/).length <= CAPTION_MAX_WORDS) return 'caption';
  return 'body';
}

/** Splits a document into sentences; paragraphs are its non-empty lines. */
export function segmentSentences(text: string, language: Language = 'de'): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const spans = paragraphSpans(line, language);
      const kind = kindOf(trimmed, spans.length);
      for (const span of spans) {
        sentences.push({
          index: sentences.length,
          paragraph,
          text: line.slice(span.start, span.end),
          start: lineStart + span.start,
          end: lineStart + span.end,
          kind,
        });
      }
      paragraph += 1;
    }
    lineStart += line.length + 1;
  }
  return sentences;
}
