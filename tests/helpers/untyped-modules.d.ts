/** Libraries the tests read citations back with, which ship no types of their own. */
declare module 'bibtex-parse' {
  /** The entries of a BibTeX text: key, type, and each field by its upper-case name. */
  export function entries(text: string): ({ key: string; type: string } & Record<string, string>)[];
}

declare module 'citeproc' {
  interface Sys {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): unknown;
  }
  /** citeproc-js's engine: a CSL style (XML) over the items the system gives. */
  export class Engine {
    constructor(sys: Sys, style: string, language?: string);
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
  }
}
