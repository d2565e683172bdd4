/**
 * The interface language, English or German, and its text (i18next, with the catalogue of
 * messages.ts bundled): chosen by `?lang=`, else by what was chosen before in this browser, else
 * by the browser's languages. The source's sentences are shown as the data has them; an entity's
 * name is its German name (as the German text writes it) for a German reader, where it has one.
 */
import i18next from 'i18next';
import type { AssertionKind, DateFieldsFragment, EntityType, RelationType } from '../../../src/generated/graphql';
import { DE, EN, type MessageKey } from './messages';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'amur-graph-language';

function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

function chosenLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(asked)) return asked;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage);
  return preferred ?? 'en';
}

void i18next.init({
  lng: chosenLanguage(),
  fallbackLng: 'en',
  resources: { en: { translation: EN }, de: { translation: DE } },
  // lit-html escapes what it renders; i18next must not escape it twice.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const language = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');

/** The text of a message in the interface language, with its values filled in. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  return i18next.t(key, values ?? {});
}

/** A relation type as a reader reads it ("signed", "unterzeichnete"); the API and the address keep its code. */
export function relationLabel(type: RelationType): string {
  return t(`relationType.${type}`);
}

/** What names an entity for a reader: its English name and, where the text gives one, its German name. */
export interface Named {
  name: string;
  germanName?: string | null;
}

/**
 * An entity's name in the interface language: in German its German name as the source text writes
 * it ("Russisches Reich", "Gennadi Iwanowitsch Newelskoi"), else its English name, as in English.
 */
export function entityName(entity: Named): string {
  return language() === 'de' ? (entity.germanName ?? entity.name) : entity.name;
}

/** Two entities in the order of the names the reader is shown, by the reader's alphabet. */
export function compareNames(a: Named, b: Named): number {
  return entityName(a).localeCompare(entityName(b), language());
}

/**
 * An entity's other name, the one entityName does not give, with its language: its German name for
 * a reader of English, its English name for a reader of German; null when it has no German name, or
 * the same as its English one (Karl Nesselrode, Peking).
 */
export function otherEntityName(entity: Named): { text: string; language: 'en' | 'de' } | null {
  if (!entity.germanName || entity.germanName === entity.name) return null;
  return language() === 'de' ? { text: entity.name, language: 'en' } : { text: entity.germanName, language: 'de' };
}

/**
 * A relation as a line of text, its type between its ends: "Qing China ceded Left bank of the Amur";
 * with the kind of a claim, plan or belief after its type, as the graph labels it (edgeLabel).
 */
export function relationSentence(
  relation: { type: RelationType; source: Named; target: Named },
  kind: AssertionKind = 'FACT',
): string {
  return `${entityName(relation.source)} ${edgeLabel(relation.type, kind)} ${entityName(relation.target)}`;
}

/** An entity type as a reader reads it ("Place", "Ort"). */
export function entityTypeLabel(type: EntityType): string {
  return t(`entityType.${type}`);
}

/** A relation's label on the graph: its type, and for a claim, plan or belief which of them. */
export function edgeLabel(type: RelationType, kind: AssertionKind): string {
  return kind === 'FACT' ? relationLabel(type) : `${relationLabel(type)} (${t(`assertion.short.${kind}`)})`;
}

/** "17th" in English, "17." in German. */
function ordinal(n: number): string {
  if (language() === 'de') return `${n}.`;
  const suffix = { one: 'st', two: 'nd', few: 'rd' } as Partial<Record<Intl.LDMLPluralRule, string>>;
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

/**
 * A date as a reader reads it: a day, month or year as its ISO form ("1858-05-16", "1858"), a decade
 * and a century in words ("1680s", "17th century"), where the ISO form ("168", "16") is a code.
 */
export function dateLabel(date: Pick<DateFieldsFragment, 'iso' | 'precision'>): string {
  if (date.precision === 'DECADE') return t('date.decade', { decade: `${date.iso}0` });
  if (date.precision === 'CENTURY') return t('date.century', { ordinal: ordinal(Number(date.iso) + 1) });
  return date.iso;
}

/** A date as the source writes it, with its rendering in the other calendar where that differs. */
export function dateText(date: DateFieldsFragment | null | undefined): string {
  if (!date) return '';
  const shown =
    date.calendar === 'JULIAN' && date.gregorian && date.gregorian !== date.iso
      ? t('date.oldStyle', { iso: date.iso, other: date.gregorian })
      : date.calendar === 'GREGORIAN' && date.julian && date.julian !== date.iso
        ? t('date.newStyle', { iso: date.iso, other: date.julian })
        : dateLabel(date);
  return `${shown}${date.text ? ` (“${date.text}”)` : ''}`;
}

/** Whether the catalogue has a message under this key (for values that come from the data). */
export function has(key: string): key is MessageKey {
  return i18next.exists(key);
}

/**
 * Puts the interface text into the page's static elements: `data-i18n` (text), `data-i18n-placeholder`,
 * `data-i18n-label` (aria-label), `data-i18n-title`, and the page's own language.
 */
export function translatePage(root: ParentNode = document): void {
  document.documentElement.lang = language();
  document.title = t('page.title');
  for (const [attribute, apply] of [
    ['i18n', (element: HTMLElement, text: string) => (element.textContent = text)],
    ['i18nPlaceholder', (element: HTMLElement, text: string) => element.setAttribute('placeholder', text)],
    ['i18nLabel', (element: HTMLElement, text: string) => element.setAttribute('aria-label', text)],
    ['i18nTitle', (element: HTMLElement, text: string) => element.setAttribute('title', text)],
  ] as const) {
    const selector = `[data-${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`;
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      const key = element.dataset[attribute];
      if (key && has(key)) apply(element, t(key));
    }
  }
}

/** Switches the interface language: remembered in this browser, and the page drawn again in it. */
export function switchLanguage(to: Language): void {
  localStorage.setItem(STORAGE_KEY, to);
  const url = new URL(window.location.href);
  url.searchParams.set('lang', to);
  window.location.assign(url);
}
