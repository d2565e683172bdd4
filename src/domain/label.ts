/** A name of an entity in one language and script. */
export interface Label {
  /** A BCP 47 language tag: "ru", "zh-Hans", "zh-Latn-pinyin". */
  language: string;
  text: string;
  /** Derived by a library from another label, not written by a curator. */
  derived: boolean;
}

/**
 * The canonical form of a BCP 47 tag whose language is an ISO 639 code ("zh-hans" -> "zh-Hans"),
 * or null for one that is not.
 */
export function canonicalLanguageTag(tag: string): string | null {
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/**
 * The label for a requested language: the exact tag, else one of the same language ("zh" finds
 * "zh-Hans", "ru" the Cyrillic before the Latin), else none.
 */
export function labelFor(labels: readonly Label[], requested: string): Label | null {
  const exact = labels.find((label) => label.language.toLowerCase() === requested.toLowerCase());
  if (exact) return exact;
  const base = requested.split('-')[0]!.toLowerCase();
  const same = labels.filter((label) => label.language.split('-')[0]!.toLowerCase() === base);
  return same.find((label) => !label.derived) ?? same[0] ?? null;
}
