/**
 * The explorer: wiring of the drawing (graph/graph-view.ts), the side panel (panels/templates.ts),
 * the headline questions (stories.ts) and the view in the URL (url-store.current.ts), driven only by
 * /graphql through the typed documents of src/generated.
 */
import type { NodeSingular } from 'cytoscape';
import { html, render, type TemplateResult } from 'lit-html';
import {
  EntityDetailsDocument,
  EntityIdsDocument,
  type EntityIdsQuery,
  type OverviewQuery,
  NeighbourhoodDocument,
  OverviewDocument,
  PathsDocument,
  RelationByIdDocument,
  RelationCitationDocument,
  type RelationCitationQuery,
  RelationValuesDocument,
  DocumentDetailsDocument,
  MapHappeningsDocument,
  MapPlacesDocument,
  type MapPlacesQuery,
  type DocumentDetailsQuery,
  DocumentsDocument,
  ReviewSuggestionDocument,
  SuggestionsDocument,
  type SuggestionDetailsFragment,
  type AssertionKind,
  type EntitySummaryFragment,
  type RelationType,
  type RelationWithEvidenceFragment,
} from '../../src/generated/graphql';
import { ApiError, request, whenBusy } from './api-client';
import { YEAR_MAX, YEAR_MIN, yearHistogramTemplate } from './filters/year-histogram';
import { ASSERTION_KINDS, GraphView, withEndsFromNodes, type WithEnds } from './graph/graph-view';
import {
  citationTemplate,
  knowDocuments,
  entityTemplate,
  relationsAlike,
  typeListAlike,
  valuesLine,
  evidenceTemplate,
  landingTemplate,
  listViewTemplate,
  storyTemplate,
  typeListTemplate,
} from './panels/templates';
import { readerTemplate, type ReaderMention, type ReaderSentence } from './panels/reader';
import { adminToken, documentListTemplate, suggestionsTemplate, tokenFormTemplate } from './panels/review-desk';
import { STORIES } from './stories';
import {
  compareNames,
  entityName,
  entityTypeLabel,
  t,
  translatePage,
  switchLanguage,
  language,
  relationLabel,
  relationSentence,
} from './i18n/i18n';
import { createFilterPanel } from './filters/filter-panel';
import { RELATION_TYPES } from './filters/relation-groups';
import { showGraphTooltips } from './graph/graph-tooltip';
import { ViewStore } from './state/view-store';
import { MapView, type MapHappening, type MapPlace } from './views/map-view';
import { TimelineView, type UndatedRelation, type Years } from './views/timeline-view';
import { candidates, suggestEntities } from './widgets/entity-suggest';
import { createYearSlider } from './widgets/year-slider';
import { readViewState, writeViewState, type ViewState } from './url-state';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = $('#status');
const details = $('#details-content');

let busy = 0;
function setStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = kind === 'error' ? 'error' : '';
}

// A request the API refused as busy is sent again after the seconds it asks for; meanwhile the
// status line says so, where the request's own label stood.
whenBusy((seconds) => setStatus(t('status.busy', { seconds })));

async function guarded<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  busy += 1;
  setStatus(`${label}…`);
  try {
    const result = await work();
    setStatus('');
    return result;
  } catch (error) {
    // The API's refusals are the user's to read; anything else is a bug, for the console too.
    if (!(error instanceof ApiError)) console.error(error);
    setStatus(error instanceof ApiError ? error.message : t('status.wrong', { error: String(error) }), 'error');
    return undefined;
  } finally {
    busy -= 1;
  }
}

function showPanel(content: TemplateResult, showing: string): void {
  render(content, details);
  details.dataset.showing = showing;
  details.scrollTop = 0;
  setDetailsOpen(true);
}

/** On narrow screens the details take the lower part of the screen: the graph is fitted to the rest. */
function setDetailsOpen(open: boolean): void {
  if (document.body.classList.contains('details-open') === open) return;
  document.body.classList.toggle('details-open', open);
  requestAnimationFrame(() => {
    cy.resize();
    view.fit();
  });
}

// --- state -------------------------------------------------------------------------------------------

/**
 * Drawings read every kind of statement, claims, plans and beliefs drawn apart from facts (amber,
 * dashed); the filter hides kinds. Paths, which the server finds, go over the kinds shown.
 */
const ALL_KINDS = ASSERTION_KINDS;
const shownKinds = (): AssertionKind[] =>
  ALL_KINDS.filter((kind) => !store.current.hiddenAssertionKinds.includes(kind));

// The page's own words in the interface language, before anything is drawn.
translatePage();
$('#switch-language').addEventListener('click', () => switchLanguage(language() === 'en' ? 'de' : 'en'));

const store = new ViewStore(readViewState());
// The address bar follows the store: a new view is a new history entry (Back returns to the one
// before), a change within a view replaces it, and a view restored from the address bar is left as is.
store.subscribe((state, kind) => {
  if (kind !== 'restore') writeViewState(state, kind === 'navigate' ? 'push' : 'replace');
});
const view = new GraphView($('#graph'), $('#graph-controls'));
const { cy } = view;
const expanded = new Set<string>();
// The map and the timeline beside the graph: choosing in them chooses in the graph, and back.
const mapView = new MapView($('#map'), (id) => void select(id));
const timelineView = new TimelineView(
  $('#timeline'),
  (id, kind) => void (kind === 'entity' ? select(id) : showRelation(id)),
);

/** Hides what the filters exclude: entity types, relation types, and relations dated outside the years. */
function applyFilters(): void {
  // Only the ends a person set bound the years: a relation of the 1500s stays when none is set.
  const from = store.current.yearFrom ?? -Infinity;
  const to = store.current.yearTo ?? Infinity;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const yearFrom = edge.data('yearFrom') as number | null;
      const yearTo = edge.data('yearTo') as number | null;
      const outside = yearFrom !== null && yearTo !== null && (yearTo < from || yearFrom > to);
      const undatedOut = yearFrom === null && (store.current.yearFrom !== null || store.current.yearTo !== null);
      edge.toggleClass(
        'hidden',
        outside ||
          undatedOut ||
          store.current.hiddenRelationTypes.includes(edge.data('type') as string) ||
          store.current.hiddenAssertionKinds.includes(edge.data('assertion') as string),
      );
    });
    cy.nodes().forEach((node) => {
      const typeHidden = store.current.hiddenEntityTypes.includes(node.data('type') as string);
      // A node whose every relation is filtered out goes too, unless it is what the view is about.
      const stranded =
        node.connectedEdges().nonempty() &&
        node
          .connectedEdges()
          .filter((edge) => !edge.hasClass('hidden'))
          .empty() &&
        !store.current.focus.includes(node.id());
      node.toggleClass('hidden', typeHidden || stranded);
    });
  });
  view.dimAroundChosen();
  scopeViews();
  if (store.current.pane === 'map') frameMap();
  if (store.current.pane === 'timeline') {
    timelineView.listUndated(undatedRelations());
    timelineView.showYears(timelineYears());
  }
  yearSlider.sync();
  drawHistogram();
  drawList();
}

/**
 * The map and the timeline show everything, what the graph draws (after the filters) standing out,
 * or only what it draws (`scope=graph`); the map, only the years chosen. When the graph draws
 * nothing, nothing is faded.
 */
function scopeViews(): void {
  const drawing = cy.elements().nonempty();
  const contains = (id: string) => {
    const element = cy.getElementById(id);
    return !drawing || (element.nonempty() && !element.hasClass('hidden'));
  };
  const only = store.current.scope === 'graph';
  mapView.filter({ from: store.current.yearFrom, to: store.current.yearTo }, contains, only);
  timelineView.scope(contains, only);
  scopeOnly.checked = only;
}

const scopeOnly = $<HTMLInputElement>('#scope-graph-only');
scopeOnly.addEventListener('change', () => {
  store.update({ scope: scopeOnly.checked ? 'graph' : 'all' });
  scopeViews();
  if (store.current.pane === 'timeline') {
    timelineView.showYears(timelineYears());
    timelineView.select(chosenId());
  } else if (store.current.pane === 'map' && scopeOnly.checked) mapView.fitMarkers();
});

/** Whether the graph drawn is an answer (a story, a path, a neighbourhood, a type), not the whole graph. */
function drawsAnswer(): boolean {
  const { onlyType, story, path, focus } = store.current;
  return onlyType !== null || story !== null || path !== null || focus.length > 0;
}

/** The graph drawn (its elements' ids) the map was last brought to: see frameMap. */
let framed: string | null = null;

/**
 * Brings the map to the markers of the graph drawn when it is an answer or only it is on the map,
 * once for each graph drawn (a filter that leaves it as it was does not move the map again).
 */
function frameMap(): void {
  if ((store.current.scope !== 'graph' && !drawsAnswer()) || cy.elements().empty()) return;
  const drawn = cy
    .elements()
    .filter((element) => !element.hasClass('hidden'))
    .map((element) => element.id())
    .sort()
    .join(' ');
  if (drawn === framed) return;
  framed = drawn;
  mapView.fitMarkers();
}

/**
 * The years the timeline shows: those chosen in the filters; with none chosen, the years of the
 * graph drawn's dated relations when it is an answer (a story, a path, a neighbourhood, a type)
 * or when only it is on the timeline; otherwise (null) as it is.
 */
function timelineYears(): Years {
  const { yearFrom, yearTo, scope } = store.current;
  const dated = cy.edges().filter((edge) => !edge.hasClass('hidden') && edge.data('yearFrom') !== null);
  if (yearFrom !== null || yearTo !== null || !(drawsAnswer() || scope === 'graph') || dated.empty())
    return { from: yearFrom, to: yearTo };
  return {
    from: Math.min(...dated.map((edge) => edge.data('yearFrom') as number)),
    to: Math.max(...dated.map((edge) => edge.data('yearTo') as number)),
    labels: true,
  };
}

/** The relations of the graph drawn that have no date, for the list beside the timeline. */
function undatedRelations(): UndatedRelation[] {
  return cy
    .edges()
    .filter((edge) => !edge.hasClass('hidden') && edge.data('yearFrom') === null)
    .map((edge) => view.relations.get(edge.id()))
    .filter((relation) => relation !== undefined)
    .map((relation) => ({ id: relation.id, label: relationSentence(relation) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

const listView = $('#list-view');
function drawList(): void {
  if (listView.hidden) return;
  const relations = cy
    .edges(':visible')
    .map((edge) => view.relations.get(edge.id()))
    .filter((relation) => relation !== undefined)
    .sort(
      (a, b) =>
        compareNames(a.source, b.source) || relationLabel(a.type).localeCompare(relationLabel(b.type), language()),
    );
  const entities = cy
    .nodes(':visible')
    .map((node) => view.entities.get(node.id()))
    .filter((entity) => entity !== undefined)
    .sort(compareNames);
  render(listViewTemplate(entities, relations), listView);
}

function drawHistogram(): void {
  const typeShown = cy
    .edges()
    .filter((edge) => !store.current.hiddenRelationTypes.includes(edge.data('type') as string));
  const spans = typeShown.map((edge) => {
    const from = edge.data('yearFrom') as number | null;
    const to = edge.data('yearTo') as number | null;
    return from === null || to === null ? null : { from, to };
  });
  render(
    yearHistogramTemplate(spans, { from: store.current.yearFrom ?? YEAR_MIN, to: store.current.yearTo ?? YEAR_MAX }),
    $('#year-histogram'),
  );
}

// --- views -------------------------------------------------------------------------------------------

function resetView(): void {
  view.clear();
  expanded.clear();
}

/** Every entity's id, page by page. */
async function allEntityIds(): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: EntityIdsQuery = await request(EntityIdsDocument, { after });
    ids.push(...page.entities.edges.map((edge) => edge.node.id));
    if (!page.entities.pageInfo.hasNextPage) return ids;
    after = page.entities.pageInfo.endCursor ?? null;
  }
}

/** Every entity with its relations (of `types` only, when given): one Overview per 100 entities. */
async function everyEntityNeighbourhood(types?: RelationType[]): Promise<WithEnds<OverviewQuery['neighbourhood']>[]> {
  const ids = await allEntityIds();
  const parts: WithEnds<OverviewQuery['neighbourhood']>[] = [];
  for (let start = 0; start < ids.length; start += 100) {
    const part = await request(OverviewDocument, {
      ids: ids.slice(start, start + 100),
      assertions: ALL_KINDS,
      ...(types && { types }),
    });
    parts.push(withEndsFromNodes(part.neighbourhood));
  }
  return parts;
}

/** Every relation of one type, wherever it is: "only" beside a type in the filter. */
async function showOnlyType(type: RelationType): Promise<void> {
  const loaded = await guarded(t('status.findingEvery', { type: relationLabel(type) }), () =>
    everyEntityNeighbourhood([type]),
  );
  if (!loaded) return;
  cy.batch(() => {
    for (const part of loaded) part.relations.forEach((relation) => view.addRelation(relation));
  });
  applyFilters();
  view.layoutForces();
  const relations = [...view.relations.values()];
  showPanel(typeListTemplate(type, relations), `type:${type}`);
  const values = await valuesOfAlike(typeListAlike(relations), `type:${type}`);
  if (values) render(typeListTemplate(type, relations, values), details);
}

/**
 * The values of relations whose lines read alike, each in one line by relation id, read after the
 * panel `showing` is shown; null when there are none, or the panel was left meanwhile.
 */
async function valuesOfAlike(ids: readonly string[], showing: string): Promise<Map<string, string> | null> {
  if (ids.length === 0) return null;
  // At most 100 ids a request (the API's limit on `nodes`); more lines alike than that keep their plain form.
  const read = await guarded(t('status.loadingDetails'), () =>
    request(RelationValuesDocument, { ids: ids.slice(0, 100) }),
  );
  if (!read || details.dataset.showing !== showing) return null;
  return new Map(
    read.nodes.flatMap((node) =>
      node && 'properties' in node ? [[node.id, valuesLine(node.properties)] as const] : [],
    ),
  );
}

async function showOverview(): Promise<void> {
  const loaded = await guarded(t('status.drawingAll'), () => everyEntityNeighbourhood());
  if (!loaded) return;
  cy.batch(() => {
    for (const part of loaded) {
      part.nodes.forEach((entity) => view.addEntity(entity));
      part.relations.forEach((relation) => view.addRelation(relation));
    }
  });
  applyFilters();
  view.layoutForces();
  showPanel(landingTemplate(STORIES, { entities: view.entities.size, relations: view.relations.size }), 'landing');
}

/** Draws the neighbourhoods of some entities; false when there are no such entities (an error is said as it is). */
async function showNeighbourhood(ids: string[], { fit = true } = {}): Promise<boolean> {
  const neighbourhood = await guarded(t('status.loadingNeighbourhood'), async () => {
    const data = await request(NeighbourhoodDocument, { ids, depth: 1, limit: 300, assertions: ALL_KINDS });
    return withEndsFromNodes(data.neighbourhood);
  });
  if (!neighbourhood) return true;
  if (neighbourhood.nodes.length === 0) {
    setStatus(t('status.nothingFound', { text: ids.join(', ') }), 'error');
    return false;
  }
  cy.batch(() => {
    neighbourhood.nodes.forEach((entity) => view.addEntity(entity));
    neighbourhood.relations.forEach((relation) => view.addRelation(relation));
  });
  ids.forEach((id) => expanded.add(id));
  applyFilters();
  view.condenseFans();
  view.layoutForces({ fit });
  if (neighbourhood.truncated) setStatus(t('status.first300'));
  return true;
}

/** A new view around one entity: its neighbourhood, it selected, its details. */
async function focusOn(id: string): Promise<void> {
  resetView();
  store.navigate({ focus: [id], path: null, story: null, onlyType: null, selected: null, reading: null });
  await showNeighbourhood([id]);
  await select(id);
}

/** Adds an entity's neighbours to what is drawn. */
async function expand(id: string): Promise<void> {
  if (!store.current.focus.includes(id)) store.update({ focus: [...store.current.focus, id] });
  await showNeighbourhood([id], { fit: false });
  view.fit();
  await showEntity(id);
}

/** Chooses an entity everywhere and shows it; false when there is no such entity. */
async function select(id: string): Promise<boolean> {
  const node = cy.getElementById(id);
  cy.$(':selected').unselect();
  if (node.nonempty()) node.select();
  mapView.select(id);
  timelineView.select(id);
  return showEntity(id);
}

/** Shows an entity's details; false when there is no such entity (or it could not be read). */
async function showEntity(id: string): Promise<boolean> {
  const data = await guarded(t('status.loadingDetails'), () =>
    request(EntityDetailsDocument, { id, first: 100, assertions: ALL_KINDS }),
  );
  const entity = data?.entity;
  if (!entity) return false;
  store.update({ selected: `n:${id}`, reading: null });
  showPanel(entityTemplate(entity, expanded.has(id)), `entity:${id}`);
  // Relations whose lines read alike get their values, read now, after them.
  const values = await valuesOfAlike(relationsAlike(entity), `entity:${id}`);
  if (values) render(entityTemplate(entity, expanded.has(id), values), details);
  return true;
}

/** Shows a relation with its evidence; false when there is no such relation (or it could not be read). */
async function showRelation(id: string): Promise<boolean> {
  let relation = view.relations.get(id) as RelationWithEvidenceFragment | undefined;
  if (!relation || !('evidence' in relation)) {
    const data = await guarded(t('status.loadingEvidence'), () => request(RelationByIdDocument, { id }));
    const node = data?.node;
    if (!node || !('evidence' in node)) return false;
    relation = node as RelationWithEvidenceFragment;
    view.addRelation(relation);
    // Chosen on the map or the timeline, it may be new to the graph: it stands out there now.
    scopeViews();
  }
  store.update({ selected: `e:${id}`, reading: null });
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
  mapView.select(relation.source.id);
  timelineView.select(id);
  showPanel(evidenceTemplate(relation), `relation:${id}`);
  return true;
}

/** Draws a question's answer; false when there is no such question. */
async function showStory(id: string): Promise<boolean> {
  const story = STORIES.find((candidate) => candidate.id === id);
  if (!story) return false;
  resetView();
  const answer = await guarded(t('status.findingAnswer'), () => story.run(view));
  if (!answer) return true;
  applyFilters();
  showPanel(storyTemplate(story.question, answer), `story:${id}`);
  return true;
}

async function findPath(from: string, to: string): Promise<void> {
  const data = await guarded(t('status.findingPaths'), () =>
    request(PathsDocument, { from, to, maxHops: 6, first: 5, assertions: shownKinds() }),
  );
  if (!data) return;
  if (data.paths.length === 0) {
    setStatus(t('status.noPath'), 'error');
    return;
  }
  resetView();
  cy.batch(() => data.paths.forEach((path) => path.relations.forEach((relation) => view.addRelation(relation))));
  cy.elements().addClass('on-path');
  applyFilters();
  view.layoutChains(data.paths);
  const [shortest] = data.paths;
  showPanel(
    storyTemplate(
      t('paths.title', { from: entityName(shortest!.nodes[0]!), to: entityName(shortest!.nodes.at(-1)!) }),
      // Each hop of each path, with its evidence.
      html`${data.paths.map(
        (path, index) =>
          html`<h3>
              ${t('paths.path', { number: index + 1, count: path.length })}: ${path.nodes.map(entityName).join(' – ')}
            </h3>
            ${path.relations.map((relation) => evidenceTemplate(relation, 4))}`,
      )}`,
    ),
    'paths',
  );
}

/** Draws what the store describes: a story, a path, entities' neighbourhoods, or the overview. */
async function restore(): Promise<void> {
  resetView();
  // The view as it was asked for: drawing it selects things, which updates the store.
  const { onlyType, story, path, focus, selected } = store.current;
  const knownType = RELATION_TYPES.find((type) => type === onlyType);
  let there = true;
  if (knownType) await showOnlyType(knownType);
  else if (story) there = await showStory(story);
  else if (path) await findPath(path.from, path.to);
  else if (focus.length) there = await showNeighbourhood([...focus]);
  else await showOverview();
  // A link to a type, an entity or a question that is not there (any more): the whole graph, and says so.
  const missing = onlyType !== null && !knownType ? onlyType : there ? null : (story ?? focus.join(', '));
  if (missing) {
    store.update({ focus: [], story: null, onlyType: null, path: null, selected: null });
    if (story || path || focus.length) {
      resetView();
      await showOverview();
    }
  }
  // The entity or relation chosen in the link; one that is not there is said to be missing too.
  const chosen = missing ? null : (selected?.match(/^[ne]:(.+)$/)?.[1] ?? null);
  const found = chosen === null || (selected!.startsWith('n:') ? await select(chosen) : await showRelation(chosen));
  if (!found) store.update({ selected: null });
  else if (chosen === null && !missing && focus.length && !story && !path) await select(focus[0]!);
  if (store.current.reading) await showReader(store.current.reading);
  await showPane(store.current.pane);
  filters.sync();
  const unfound = missing ?? (found ? null : chosen);
  if (unfound) setStatus(t('status.nothingFound', { text: unfound }), 'error');
}

// --- panes: graph, map, timeline -----------------------------------------------------------------------

/** The places and what happened at them, read once, for the map. */
let mapData: Promise<{ places: MapPlace[]; happenings: MapHappening[] }> | null = null;

async function readMapData(): Promise<{ places: MapPlace[]; happenings: MapHappening[] }> {
  const places: MapPlace[] = [];
  let after: string | null = null;
  do {
    const page: MapPlacesQuery = await request(MapPlacesDocument, {
      ...(after && { after }),
    });
    places.push(...page.entities.edges.map((edge) => edge.node));
    after = page.entities.pageInfo.hasNextPage ? (page.entities.pageInfo.endCursor ?? null) : null;
  } while (after);
  const happenings = (
    await Promise.all(
      (['TREATY', 'EVENT', 'EXPEDITION'] as const).map((type) => request(MapHappeningsDocument, { type })),
    )
  ).flatMap((data) => data.entities.edges.map((edge) => edge.node));
  return { places, happenings };
}

/** The id of the entity or relation chosen, if any. */
function chosenId(): string | null {
  const selected = store.current.selected;
  return selected?.startsWith('n:') || selected?.startsWith('e:') ? selected.slice(2) : null;
}

/** Shows one of the main area's panes, drawing the map or the timeline the first time. */
async function showPane(pane: ViewState['pane']): Promise<void> {
  for (const tab of document.querySelectorAll<HTMLElement>('#panes [data-pane]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.pane === pane));
  }
  $('#graph').hidden = pane !== 'graph';
  $('#graph-controls').hidden = pane !== 'graph';
  $('#map').hidden = pane !== 'map';
  $('#map-years').hidden = pane !== 'map';
  $('#timeline').hidden = pane !== 'timeline';
  $('#scope-graph').hidden = pane === 'graph';
  const selected = store.current.selected;
  const chosen = chosenId();
  if (pane === 'map') {
    await guarded(t('status.drawingMap'), async () => {
      mapData ??= readMapData();
      const { places, happenings } = await mapData;
      await mapView.show(places, happenings);
      framed = null;
      frameMap();
      const edge = selected?.startsWith('e:') ? view.relations.get(chosen!) : undefined;
      mapView.select(edge ? edge.source.id : chosen);
    });
  } else if (pane === 'timeline') {
    await guarded(t('status.drawingTimeline'), async () => {
      await timelineView.show(timelineYears());
      timelineView.listUndated(undatedRelations());
      timelineView.select(chosen);
    });
  } else cy.resize();
}

$('#panes').addEventListener('click', (event) => {
  const pane = (event.target as HTMLElement).closest<HTMLElement>('[data-pane]')?.dataset.pane as
    ViewState['pane'] | undefined;
  if (!pane || pane === store.current.pane) return;
  store.update({ pane });
  void showPane(pane);
});

// --- reader ---------------------------------------------------------------------------------------------

/** The most sentences the reader loads (pages of 100); a longer text says how much it shows. */
const READER_PAGES = 5;

/** Opens the reader at a sentence of a document, the words of the evidence marked, and scrolls to it. */
async function showReader(reading: NonNullable<ViewState['reading']>): Promise<void> {
  const loaded = await guarded(t('status.readingText'), async () => {
    const sentences: ReaderSentence[] = [];
    let after: string | null = null;
    let document: { id: string; title: string; language: string; curated: boolean; total: number } | null = null;
    for (let page = 0; page < READER_PAGES; page += 1) {
      const data: DocumentDetailsQuery = await request(DocumentDetailsDocument, {
        id: reading.document,
        first: 100,
        ...(after && { after }),
        firstMentions: 1,
        toSentence: 0,
      });
      if (!data.document) return null;
      const { sentences: connection, ...rest } = data.document;
      document = {
        id: rest.id,
        title: rest.title,
        language: rest.language,
        curated: rest.curated,
        total: connection.totalCount,
      };
      sentences.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    const last = sentences.at(-1)?.index ?? 0;
    const mentions: ReaderMention[] = [];
    for (let from = 0; from <= last; from += 200) {
      const part = await request(DocumentDetailsDocument, {
        id: reading.document,
        first: 1,
        firstMentions: 1000,
        fromSentence: from,
        toSentence: Math.min(last, from + 199),
      });
      mentions.push(...(part.document?.mentions ?? []));
    }
    // An ingested document is read with what the extraction suggested from it (500 at most).
    const suggestions =
      document && !document.curated
        ? (await request(SuggestionsDocument, { documentId: document.id, first: 500 })).suggestions
        : [];
    return document && { document, sentences, mentions, suggestions };
  });
  if (loaded === undefined) return;
  if (loaded === null) return setStatus(t('status.nothingFound', { text: reading.document }), 'error');
  const { document, sentences, mentions, suggestions } = loaded;
  showPanel(
    readerTemplate(
      document,
      sentences,
      mentions,
      { sentence: reading.sentence, quote: reading.quote },
      document.total,
      suggestions,
    ),
    `reader:${document.id}`,
  );
  // Scrolls the panel alone (scrollIntoView would scroll the page too, and the header out of sight).
  const sentence = details.querySelector<HTMLElement>(`#sentence-${reading.sentence}`);
  const panel = $('#details');
  if (sentence) {
    const offset = sentence.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    panel.scrollTop += offset - panel.clientHeight / 2 + Math.min(sentence.offsetHeight, panel.clientHeight) / 2;
  }
}

// --- review desk -----------------------------------------------------------------------------------------

let reviewing: { documentId: string; suggestions: SuggestionDetailsFragment[]; correcting: string | null } | null =
  null;

async function openReview(message: string | null = null): Promise<void> {
  reviewing = null;
  if (!adminToken.get()) {
    showPanel(tokenFormTemplate(message), 'review:token');
    return;
  }
  const data = await guarded(t('status.readingDocuments'), () => request(DocumentsDocument, { first: 100 }));
  if (data) showPanel(documentListTemplate(data.documents), 'review:documents');
}

function drawReview(): void {
  if (!reviewing) return;
  showPanel(
    suggestionsTemplate(reviewing.documentId, reviewing.suggestions, reviewing.correcting),
    'review:suggestions',
  );
  for (const which of ['source', 'target']) {
    const input = details.querySelector<HTMLInputElement>(`#correct-${which}`);
    const list = details.querySelector<HTMLUListElement>(`#correct-${which}-suggestions`);
    if (input && list) suggest(input, list, () => undefined);
  }
}

async function reviewDocument(documentId: string): Promise<void> {
  const data = await guarded(t('status.readingSuggestions'), () =>
    request(SuggestionsDocument, { documentId, status: 'PENDING', first: 200 }),
  );
  if (!data) return;
  reviewing = { documentId, suggestions: data.suggestions, correcting: null };
  drawReview();
}

async function decide(
  id: string,
  decision: 'ACCEPT' | 'REJECT',
  extra: { reviewer?: string; correction?: Record<string, string> } = {},
): Promise<void> {
  const token = adminToken.get();
  if (!token) return void openReview();
  const data = await guarded(decision === 'ACCEPT' ? t('status.accepting') : t('status.rejecting'), () =>
    request(ReviewSuggestionDocument, { id, decision, ...extra }, { authorization: `Bearer ${token}` }),
  );
  if (!data) {
    // guarded() has put the API's refusal in the status line; a refused token is asked for again.
    const refusal = status.textContent ?? '';
    if (/token/i.test(refusal)) {
      adminToken.clear();
      await openReview(refusal);
    }
    return;
  }
  const reviewed = data.reviewSuggestion;
  if (reviewed.status === 'ACCEPTED' && reviewed.kind === 'RELATION') {
    resetView();
    store.navigate({ focus: [], path: null, story: null, onlyType: null, selected: null, reading: null });
    await showRelation(`reviewed:${reviewed.id}`);
    view.layoutForces();
    cy.getElementById(`reviewed:${reviewed.id}`).select();
    setStatus(
      t(reviewed.corrections.length ? 'status.acceptedCorrected' : 'status.accepted', {
        reviewer: reviewed.reviewedBy ?? 'admin',
      }),
    );
    return;
  }
  if (reviewed.status === 'ACCEPTED' && reviewed.acceptedEntity) {
    setStatus(t('status.acceptedEntity', { name: entityName(reviewed.acceptedEntity) }));
  } else {
    setStatus(t('status.rejected'));
  }
  if (reviewing) await reviewDocument(reviewing.documentId);
}

$('#open-review').addEventListener('click', () => void openReview());

details.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  if (form.id === 'token-form') {
    const value = form.querySelector<HTMLInputElement>('#admin-token')!.value.trim();
    adminToken.set(value);
    void openReview();
    return;
  }
  const id = form.dataset.correction;
  const suggestion = reviewing?.suggestions.find((candidate) => candidate.id === id);
  if (!id || !suggestion) return;
  const value = (selector: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  const correction: Record<string, string> = {};
  const type = value('#correct-type').value;
  if (type !== suggestion.relationType) correction.relationType = type;
  for (const which of ['source', 'target'] as const) {
    const input = value(`#correct-${which}`) as HTMLInputElement;
    const chosen = input.dataset.entityId;
    if (!chosen) {
      setStatus(t(which === 'source' ? 'status.chooseFirst' : 'status.chooseSecond'), 'error');
      return;
    }
    if (chosen !== suggestion[which]?.id) correction[`${which}Id`] = chosen;
  }
  const date = value('#correct-date').value.trim();
  if (date) correction.date = date;
  const reviewer = value('#correct-reviewer').value.trim();
  void decide(id, 'ACCEPT', { correction, ...(reviewer && { reviewer }) });
});

// --- panel and graph events --------------------------------------------------------------------------

// "Cite this relation": its citation is read the first time it is opened.
details.addEventListener(
  'toggle',
  (event) => {
    const disclosure = event.target as HTMLDetailsElement;
    const id = disclosure.dataset.cite;
    if (!id || !disclosure.open || disclosure.dataset.read) return;
    disclosure.dataset.read = 'true';
    void guarded(t('status.readingCitation'), async () => {
      const data: RelationCitationQuery = await request(RelationCitationDocument, { id });
      const citation = data.node && 'citation' in data.node ? data.node.citation : null;
      if (citation) render(citationTemplate(citation), disclosure.querySelector<HTMLElement>('.citation')!);
    });
  },
  true,
);

details.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>(
    '[data-relation],[data-expand],[data-story],[data-home],[data-review-document],[data-review-home],[data-forget-token],[data-accept],[data-reject],[data-correct],[data-cancel-correction],[data-read],[data-entity]',
  );
  if (!target) return;
  if (target.dataset.read) {
    const [document, sentence] = target.dataset.read.split('~');
    const reading = { document: document!, sentence: Number(sentence), quote: target.dataset.quote || null };
    store.update({ reading });
    return void showReader(reading);
  }
  if (target.dataset.entity) return void focusOn(target.dataset.entity);
  const review = target.dataset;
  if (review.reviewDocument) return void reviewDocument(review.reviewDocument);
  if ('reviewHome' in review) return void openReview();
  if ('forgetToken' in review) {
    adminToken.clear();
    return void openReview();
  }
  if (review.accept) return void decide(review.accept, 'ACCEPT');
  if (review.reject) return void decide(review.reject, 'REJECT');
  if (reviewing && (review.correct || 'cancelCorrection' in review)) {
    reviewing.correcting = review.correct ?? null;
    return drawReview();
  }
  const { relation, expand: toExpand, story } = target.dataset;
  if (relation) {
    const known = view.relations.get(relation);
    if (known) {
      view.addRelation(known);
      applyFilters();
      cy.$(':selected').unselect();
      cy.getElementById(relation).select();
    }
    void showRelation(relation);
  } else if (toExpand) {
    void expand(toExpand);
  } else if (story) {
    store.navigate({ story, focus: [], path: null, onlyType: null, selected: null, reading: null });
    void showStory(story);
  } else if ('home' in target.dataset) {
    store.navigate({ story: null, focus: [], path: null, onlyType: null, selected: null, reading: null });
    void restore();
  }
});

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  // A condensed fan opens where it is; any other node is selected.
  if (node.hasClass('fan')) {
    view.unfold(node.id());
    view.layoutForces({ fit: false });
  } else void select(node.id());
});
cy.on('dbltap', 'node', (event) => {
  const node = event.target as NodeSingular;
  if (!node.hasClass('fan')) void expand(node.id());
});
cy.on('tap', 'edge', (event) => {
  const id = (event.target as { id(): string }).id();
  void showRelation(id);
});

showGraphTooltips(cy, $('#graph-tooltip'), {
  node: (node) => {
    const entity = view.entities.get(node.id());
    return entity ? `${entityName(entity)} · ${entityTypeLabel(entity.type)}` : null;
  },
  edge: (edge) => {
    const relation = view.relations.get(edge.id());
    return relation ? relationSentence(relation, relation.assertion.kind) : null;
  },
});

// The keyboard, in the graph: arrows move to the nearest node that way, Enter reads the node chosen,
// E shows its neighbours, + and − zoom, F fits (the keys are described to screen readers in index.html).
const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
$('#graph').addEventListener('keydown', (event) => {
  const chosen = cy.nodes(':selected').first();
  const current = chosen.nonempty() ? chosen.id() : null;
  const direction = ARROWS[event.key];
  if (direction) {
    const next = view.nodeTowards(current, direction);
    if (next) {
      cy.$(':selected').unselect();
      cy.getElementById(next).select();
      const entity = view.entities.get(next);
      setStatus(entity ? entityName(entity) : next);
    }
  } else if (event.key === 'Enter' && current) {
    if (cy.getElementById(current).hasClass('fan')) {
      view.unfold(current);
      view.layoutForces({ fit: false });
    } else void select(current);
  } else if ((event.key === 'e' || event.key === 'E') && current) void expand(current);
  else if (event.key === '+' || event.key === '=') view.zoomBy(1.3);
  else if (event.key === '-' || event.key === '−') view.zoomBy(1 / 1.3);
  else if (event.key === 'f' || event.key === 'F') view.fit();
  else return;
  event.preventDefault();
});

$('#zoom-in').addEventListener('click', () => view.zoomBy(1.3));
$('#zoom-out').addEventListener('click', () => view.zoomBy(1 / 1.3));
$('#fit').addEventListener('click', () => view.fit());
$('#toggle-list').addEventListener('click', (event) => {
  listView.hidden = !listView.hidden;
  (event.currentTarget as HTMLElement).setAttribute('aria-pressed', String(!listView.hidden));
  // Zoom and fit act on the drawing, which the list covers: only the way back to it stays.
  for (const id of ['#zoom-in', '#zoom-out', '#fit']) $(id).hidden = !listView.hidden;
  drawList();
});
listView.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-relation],[data-entity]');
  if (target?.dataset.relation) void showRelation(target.dataset.relation);
  if (target?.dataset.entity) void select(target.dataset.entity);
});
$('#toggle-filters').addEventListener('click', () => document.body.classList.toggle('filters-open'));
$('#close-details').addEventListener('click', () => setDetailsOpen(false));

window.addEventListener('popstate', () => {
  store.restore(readViewState());
  void restore();
});

// --- search and path finder -----------------------------------------------------------------------------

/** Suggestions for a name field, while the status line says that it searches and what it did not find. */
const suggest = (input: HTMLInputElement, list: HTMLUListElement, onChoose: (entity: EntitySummaryFragment) => void) =>
  suggestEntities(input, list, onChoose, {
    search: (name) => guarded(t('status.searching'), () => candidates(name)),
    nothingFound: (name) => setStatus(t('status.nothingFound', { text: name })),
  });

const search = suggest(
  $<HTMLInputElement>('#search'),
  $<HTMLUListElement>('#suggestions'),
  (entity) => void focusOn(entity.id),
);
// Enter before the suggestions came: the best match of what was typed is drawn, as if chosen.
$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void search.settle().then((entity) => {
    if (entity && entity !== 'empty') void focusOn(entity.id);
  });
});

const pathEnds = [
  suggest($<HTMLInputElement>('#path-from'), $<HTMLUListElement>('#path-from-suggestions'), () => undefined),
  suggest($<HTMLInputElement>('#path-to'), $<HTMLUListElement>('#path-to-suggestions'), () => undefined),
] as const;

/** The path between the ends chosen, or the best matches of the names typed (shown in their fields). */
async function findTypedPath(): Promise<void> {
  const [from, to] = await Promise.all(pathEnds.map((end) => end.settle()));
  if (from === 'empty' || to === 'empty') return setStatus(t('status.chooseEnds'), 'error');
  if (!from || !to) return; // the status line says what was not found
  store.navigate({
    path: { from: from.id, to: to.id },
    focus: [],
    story: null,
    onlyType: null,
    selected: null,
    reading: null,
  });
  await findPath(from.id, to.id);
}
$('#path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void findTypedPath();
});

// --- filters ---------------------------------------------------------------------------------------------------

const filters = createFilterPanel(store, {
  kinds: ALL_KINDS,
  onFilter: applyFilters,
  onOnlyType: () => void restore(),
});
// The map's time slider sets the same years as the filter panel's boxes.
const yearSlider = createYearSlider($('#time-slider'), $('#map-years-label'), store, () => {
  filters.sync();
  applyFilters();
});

// --- export -----------------------------------------------------------------------------------------------------

function download(name: string, href: string): void {
  const link = document.createElement('a');
  link.download = name;
  link.href = href;
  link.click();
}
$('#export-png').addEventListener('click', () =>
  download('amur-graph.png', cy.png({ full: true, scale: 2, bg: '#ffffff' })),
);
$('#export-json').addEventListener('click', () => {
  const visible = cy.elements(':visible');
  const json = {
    nodes: visible.nodes().map((node) => view.entities.get(node.id())),
    edges: visible.edges().map((edge) => view.relations.get(edge.id())),
  };
  download(
    'amur-graph.json',
    URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' })),
  );
});

/** For end-to-end tests and the curious: what is drawn and where (read only). */
Object.assign(window, {
  explorer: {
    nodes: () => cy.nodes(':visible').map((node) => node.id()),
    edges: () => cy.edges(':visible').map((edge) => edge.id()),
    onPath: () => cy.edges('.on-path').map((edge) => edge.id()),
    /** The nodes drawn dimmed: not joined to the one chosen. */
    dimmed: () => cy.nodes('.dimmed:visible').map((node) => node.id()),
    /** The nodes whose names are drawn full size around the one chosen. */
    named: () => cy.nodes('.named').map((node) => node.id()),
    boxes: () => view.renderedBoxes(),
    /** Where on the page an edge's middle is drawn, to click it. */
    edgeMiddle: (id: string) => {
      const rect = cy.container()!.getBoundingClientRect();
      const middle = cy.getElementById(id).renderedMidpoint();
      return { x: rect.left + middle.x, y: rect.top + middle.y };
    },
    /** Each edge as drawn on the page: its ends, where it leaves and meets them, and its control points when it curves. */
    edgeCurves: () => {
      const rect = cy.container()!.getBoundingClientRect();
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      const onPage = ({ x, y }: { x: number; y: number }) => ({
        x: rect.left + pan.x + zoom * x,
        y: rect.top + pan.y + zoom * y,
      });
      // Cytoscape's rendered control points fail on a straight edge: its model points, placed here.
      return cy.edges(':visible').map((edge) => ({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        points: [edge.sourceEndpoint(), ...(edge.controlPoints() ?? []), edge.targetEndpoint()].map(onPage),
      }));
    },
    idle: () => busy === 0 && timelineView.idle(),
    /** The map's markers and the timeline's items where they are drawn, and the timeline's requests. */
    mapMarkers: () => mapView.drawn(),
    timelineItems: () => timelineView.drawn(),
    timelineRequests: () => [...timelineView.requests],
  },
});

filters.sync();
// The documents' titles and provenance, for the evidence, before the first view is drawn.
// Busy from the start, so that nobody (a test, say) takes the blank page for the finished one.
busy += 1;
void request(DocumentsDocument, { first: 100 })
  .then(
    (data) => knowDocuments(data.documents),
    () => undefined,
  )
  .finally(() => {
    // restore() marks itself busy before it first waits.
    const restoring = restore();
    busy -= 1;
    void restoring;
  });
