/**
 * What a source text is: an original or a translation (and from which language), and what is
 * known and not known of its original. The corpus is a German machine translation of a Russian
 * article whose author and date are unknown; a reader weighing its evidence needs to know that.
 */
export interface SourceDescription {
  /** "machine translation", "translation" or "original". */
  kind: string;
  /** The language of the original, for a translation (BCP 47). */
  translatedFrom: string | null;
  /** What the original is. */
  original: string;
  /** What is known of the original, each a sentence. */
  known: string[];
  /** What is not known of it. */
  unknown: string[];
}
