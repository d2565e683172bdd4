/** What the address bar keeps, so that a view can be shared as a link. */
export interface ViewState {
  /** Entities whose neighbourhoods are shown. */
  focus: string[];
  /** Hidden entity and relation types. */
  hiddenEntityTypes: string[];
  hiddenRelationTypes: string[];
  /** Hidden kinds of statement: FACT, CLAIM, PLAN, BELIEF. */
  hiddenAssertionKinds: string[];
  yearFrom: number | null;
  yearTo: number | null;
  path: { from: string; to: string } | null;
  /** The headline question shown (stories.ts), by id. */
  story: string | null;
  /** Every relation of this type is shown ("only" in the filter). */
  onlyType: string | null;
  /** The selected node or edge: "n:<id>" or "e:<id>". */
  selected: string | null;
  /** What the main area shows: the graph, the map or the timeline. */
  pane: 'graph' | 'map' | 'timeline';
  /** What the map and the timeline show: everything, the graph drawn standing out, or only the graph drawn. */
  scope: 'all' | 'graph';
  /** The text open in the reader: a document, the sentence it was opened at and the words marked there. */
  reading: { document: string; sentence: number; quote: string | null } | null;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const year = (value: string | null) => (value && /^\d{3,4}$/.test(value) ? Number(value) : null);

/** "<document>~<sentence>" and the quote, as the reader's place. */
function readingOf(value: string | null, quote: string | null): ViewState['reading'] {
  const [document, sentence] = value?.split('~') ?? [];
  if (!document || !sentence || !/^\d+$/.test(sentence)) return null;
  return { document, sentence: Number(sentence), quote: quote || null };
}

export function readViewState(search = window.location.search): ViewState {
  const params = new URLSearchParams(search);
  const path = params.get('path')?.split('~');
  // Years given the wrong way round (from=1900&to=1800) are the years between them.
  const [yearFrom, yearTo] = [year(params.get('from')), year(params.get('to'))];
  const swapped = yearFrom !== null && yearTo !== null && yearFrom > yearTo;
  return {
    focus: list(params.get('focus')),
    hiddenEntityTypes: list(params.get('hideTypes')),
    hiddenRelationTypes: list(params.get('hideRelations')),
    hiddenAssertionKinds: list(params.get('hideKinds')),
    yearFrom: swapped ? yearTo : yearFrom,
    yearTo: swapped ? yearFrom : yearTo,
    path: path?.length === 2 && path[0] && path[1] ? { from: path[0], to: path[1] } : null,
    story: params.get('story'),
    onlyType: params.get('only'),
    selected: params.get('sel'),
    reading: readingOf(params.get('read'), params.get('q')),
    pane: params.get('pane') === 'map' ? 'map' : params.get('pane') === 'timeline' ? 'timeline' : 'graph',
    scope: params.get('scope') === 'graph' ? 'graph' : 'all',
  };
}

/** `push` makes a new history entry (a new view: Back returns to the last); `replace` updates this one. */
export function writeViewState(state: ViewState, mode: 'push' | 'replace' = 'replace'): void {
  const params = new URLSearchParams();
  if (state.focus.length) params.set('focus', state.focus.join(','));
  if (state.hiddenEntityTypes.length) params.set('hideTypes', state.hiddenEntityTypes.join(','));
  if (state.hiddenRelationTypes.length) params.set('hideRelations', state.hiddenRelationTypes.join(','));
  if (state.hiddenAssertionKinds.length) params.set('hideKinds', state.hiddenAssertionKinds.join(','));
  if (state.yearFrom !== null) params.set('from', String(state.yearFrom));
  if (state.yearTo !== null) params.set('to', String(state.yearTo));
  if (state.story) params.set('story', state.story);
  if (state.onlyType) params.set('only', state.onlyType);
  if (state.path) params.set('path', `${state.path.from}~${state.path.to}`);
  if (state.selected) params.set('sel', state.selected);
  if (state.pane !== 'graph') params.set('pane', state.pane);
  if (state.scope !== 'all') params.set('scope', state.scope);
  if (state.reading) {
    params.set('read', `${state.reading.document}~${state.reading.sentence}`);
    if (state.reading.quote) params.set('q', state.reading.quote);
  }
  // The interface language asked for in the address stays in it (i18n/i18n.ts reads it).
  const language = new URLSearchParams(window.location.search).get('lang');
  if (language) params.set('lang', language);
  const query = params.toString();
  const url = query ? `?${query}` : window.location.pathname;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
