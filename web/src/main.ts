/**
 * The explorer: a Cytoscape graph of the knowledge graph, driven only by /graphql through the
 * typed documents of src/generated. Search, expand, path finder, filters, evidence, URL state.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import {
  EntityDetailsDocument,
  NeighbourhoodDocument,
  PathsDocument,
  ResolveDocument,
  type EntitySummaryFragment,
  type EntityType,
  type RelationWithEvidenceFragment,
} from '../../src/generated/graphql';
import { RELATION_TYPE_NAMES } from '../../src/domain/ontology';
import { ApiError, request } from './api-client';
import { readViewState, writeViewState, type ViewState } from './url-state';

const ENTITY_COLOURS: Record<EntityType, string> = {
  PERSON: '#d1495b',
  STATE: '#2e4057',
  ORGANIZATION: '#8d6a9f',
  PLACE: '#3c8d5a',
  TREATY: '#edae49',
  EXPEDITION: '#00798c',
  EVENT: '#7a7a7a',
  SHIP: '#6b4f2c',
};

const YEAR_MIN = 1600;
const YEAR_MAX = 1870;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = $('#status');
const details = $('#details');

function setStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = kind === 'error' ? 'error' : '';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function guarded<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  setStatus(`${label}…`);
  try {
    const result = await work();
    setStatus('');
    return result;
  } catch (error) {
    setStatus(error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`, 'error');
    return undefined;
  }
}

// --- state ---------------------------------------------------------------------------------------

const state: ViewState = readViewState();
const relations = new Map<string, RelationWithEvidenceFragment>();
const entities = new Map<string, EntitySummaryFragment>();
const expanded = new Set<string>();

const cy: Core = cytoscape({
  container: $('#graph'),
  minZoom: 0.2,
  maxZoom: 2.5,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        width: 22,
        height: 22,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    {
      selector: 'edge',
      style: {
        label: 'data(type)',
        'font-size': 7,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        width: 1.5,
        'line-color': '#9aa7bd',
        'target-arrow-color': '#9aa7bd',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', width: 3 } },
    { selector: 'edge.on-path', style: { 'line-color': '#d1495b', 'target-arrow-color': '#d1495b', width: 4 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d1495b' } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
});

function yearsOf(relation: RelationWithEvidenceFragment): { from: number; to: number } | null {
  const start = relation.start ?? relation.end;
  if (!start) return null;
  const span = (iso: string, last: boolean) => {
    const digits = iso.slice(0, 4);
    if (digits.length === 4) return Number(digits);
    const pad = last ? '9'.repeat(4 - digits.length) : '0'.repeat(4 - digits.length);
    return Number(digits + pad);
  };
  return { from: span(start.iso, false), to: span((relation.end ?? start).iso, true) };
}

function addEntity(entity: EntitySummaryFragment): void {
  entities.set(entity.id, entity);
  if (cy.getElementById(entity.id).nonempty()) return;
  cy.add({
    group: 'nodes',
    data: { id: entity.id, label: entity.name, type: entity.type, colour: ENTITY_COLOURS[entity.type] },
  });
}

function addRelation(relation: RelationWithEvidenceFragment): void {
  addEntity(relation.source);
  addEntity(relation.target);
  relations.set(relation.id, relation);
  if (cy.getElementById(relation.id).nonempty()) return;
  const years = yearsOf(relation);
  cy.add({
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source.id,
      target: relation.target.id,
      type: relation.type,
      inferred: relation.inferred,
      yearFrom: years?.from ?? null,
      yearTo: years?.to ?? null,
    },
  } satisfies ElementDefinition);
}

function layout(fit = true): void {
  cy.layout({
    name: 'cose',
    animate: false,
    fit,
    padding: 40,
    nodeRepulsion: () => 60000,
    idealEdgeLength: () => 140,
  }).run();
}

/** A path reads best as a chain, from its first entity outwards. */
function layoutFrom(root: string): void {
  cy.layout({
    name: 'breadthfirst',
    // Entity ids are slugs, so "#id" is a valid selector.
    roots: [`#${root}`],
    directed: false,
    spacingFactor: 1.3,
    padding: 40,
    animate: false,
  }).run();
}

/** Hides what the filters exclude: entity types, relation types, and edges dated outside the years. */
function applyFilters(): void {
  const from = state.yearFrom ?? YEAR_MIN;
  const to = state.yearTo ?? YEAR_MAX;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('hidden', state.hiddenEntityTypes.includes(node.data('type') as string));
    });
    cy.edges().forEach((edge) => {
      const yearFrom = edge.data('yearFrom') as number | null;
      const yearTo = edge.data('yearTo') as number | null;
      const outside = yearFrom !== null && yearTo !== null && (yearTo < from || yearFrom > to);
      edge.toggleClass('hidden', outside || state.hiddenRelationTypes.includes(edge.data('type') as string));
    });
  });
}

function saveState(): void {
  writeViewState(state);
}

// --- loading ---------------------------------------------------------------------------------------

async function showNeighbourhood(ids: string[], { fit = true } = {}): Promise<void> {
  const data = await guarded('Loading the neighbourhood', () =>
    request(NeighbourhoodDocument, { ids, depth: 1, limit: 300 }),
  );
  if (!data) return;
  if (data.neighbourhood.nodes.length === 0) {
    setStatus(`Nothing found for ${ids.join(', ')}.`, 'error');
    return;
  }
  cy.batch(() => {
    data.neighbourhood.nodes.forEach(addEntity);
    data.neighbourhood.relations.forEach(addRelation);
  });
  ids.forEach((id) => expanded.add(id));
  applyFilters();
  layout(fit);
  if (data.neighbourhood.truncated) setStatus('Showing the first 300 relations only.');
}

async function focusOn(id: string): Promise<void> {
  if (!state.focus.includes(id)) state.focus.push(id);
  await showNeighbourhood([id]);
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    cy.$(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node } }, { duration: 250 });
    await showEntity(id);
  }
  saveState();
}

/** Click on a node: expand its neighbours, or collapse those only it brought in. */
async function toggle(node: NodeSingular): Promise<void> {
  const id = node.id();
  if (expanded.has(id)) {
    expanded.delete(id);
    state.focus = state.focus.filter((focus) => focus !== id);
    const keep = new Set([...expanded, ...state.focus]);
    node.neighborhood('node').forEach((neighbour) => {
      const anchored =
        keep.has(neighbour.id()) ||
        neighbour
          .neighborhood('node')
          .toArray()
          .some((other) => other.id() !== id && keep.has(other.id()));
      if (!anchored) {
        neighbour.connectedEdges().forEach((edge) => void relations.delete(edge.id()));
        cy.remove(neighbour);
      }
    });
  } else {
    await showNeighbourhood([id], { fit: false });
    if (!state.focus.includes(id)) state.focus.push(id);
  }
  saveState();
}

// --- panels ------------------------------------------------------------------------------------------

function dateText(date: { iso: string; text: string | null } | null | undefined): string {
  if (!date) return '';
  return date.text ? `${date.iso} (“${escapeHtml(date.text)}”)` : date.iso;
}

function highlight(sentence: string, quote: string | null): string {
  if (!quote) return escapeHtml(sentence);
  const at = sentence.indexOf(quote);
  if (at === -1) return escapeHtml(sentence);
  return `${escapeHtml(sentence.slice(0, at))}<mark>${escapeHtml(quote)}</mark>${escapeHtml(sentence.slice(at + quote.length))}`;
}

function evidenceHtml(relation: RelationWithEvidenceFragment): string {
  const props = relation.properties
    .map((p) => `<li><strong>${escapeHtml(p.key)}</strong>: ${escapeHtml(p.value)}</li>`)
    .join('');
  return `
    <h2>${escapeHtml(relation.source.name)} <small>${relation.type}</small> ${escapeHtml(relation.target.name)}</h2>
    ${relation.inferred ? `<p><span class="inferred" title="${escapeHtml(relation.reason ?? '')}">inferred</span> ${escapeHtml(relation.reason ?? '')}</p>` : ''}
    ${relation.start ? `<p class="meta">From ${dateText(relation.start)}${relation.end ? ` to ${dateText(relation.end)}` : ''}</p>` : ''}
    ${props ? `<ul>${props}</ul>` : ''}
    <h3>Evidence</h3>
    ${relation.evidence
      .map((e) => `<blockquote data-sentence="${e.sentenceIndex}">${highlight(e.sentence, e.quote)}</blockquote>`)
      .join('')}`;
}

function showRelation(id: string): void {
  const relation = relations.get(id);
  if (!relation) return;
  state.selected = `e:${id}`;
  details.innerHTML = evidenceHtml(relation);
  details.dataset.showing = `relation:${id}`;
  saveState();
}

async function showEntity(id: string): Promise<void> {
  const data = await guarded('Loading details', () => request(EntityDetailsDocument, { id, first: 100 }));
  const entity = data?.entity;
  if (!entity) return;
  state.selected = `n:${id}`;
  const groups = new Map<string, string[]>();
  for (const { node } of entity.relations.edges) {
    relations.set(node.id, node);
    const other = node.source.id === id ? node.target : node.source;
    const arrow = node.source.id === id ? '→' : '←';
    const items = groups.get(node.type) ?? [];
    items.push(
      `<li>${arrow} <button class="link" data-relation="${escapeHtml(node.id)}">${escapeHtml(other.name)}</button></li>`,
    );
    groups.set(node.type, items);
  }
  details.innerHTML = `
    <h2>${escapeHtml(entity.name)}</h2>
    <p class="meta">${entity.type}${entity.germanName ? ` · ${escapeHtml(entity.germanName)}` : ''}</p>
    ${entity.start ? `<p class="meta">${dateText(entity.start)}${entity.end ? ` – ${dateText(entity.end)}` : ''}</p>` : ''}
    <p>${escapeHtml(entity.description ?? '')}</p>
    <p class="meta">Also: ${entity.aliases.map(escapeHtml).join(', ')}</p>
    <h3>Relations (${entity.relations.totalCount})</h3>
    ${[...groups].map(([type, items]) => `<h3>${type}</h3><ul>${items.join('')}</ul>`).join('')}`;
  details.dataset.showing = `entity:${id}`;
  saveState();
}

details.addEventListener('click', (event) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-relation]')?.dataset.relation;
  if (!id) return;
  const relation = relations.get(id);
  if (relation) {
    addRelation(relation);
    applyFilters();
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
  }
  showRelation(id);
});

// --- search with suggestions ----------------------------------------------------------------------------

function suggest(
  input: HTMLInputElement,
  list: HTMLUListElement | null,
  onChoose: (entity: EntitySummaryFragment) => void,
) {
  let timer: number | undefined;
  let current: EntitySummaryFragment[] = [];
  let active = -1;
  const render = () => {
    if (!list) return;
    list.innerHTML = current
      .map(
        (entity, index) =>
          `<li role="option" id="suggestion-${index}" aria-selected="${index === active}" data-index="${index}">${escapeHtml(entity.name)}<small>${entity.type}</small></li>`,
      )
      .join('');
    input.setAttribute('aria-activedescendant', active >= 0 ? `suggestion-${active}` : '');
  };
  const choose = (entity: EntitySummaryFragment | undefined) => {
    if (!entity) return;
    input.value = entity.name;
    input.dataset.entityId = entity.id;
    current = [];
    render();
    onChoose(entity);
  };
  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    window.clearTimeout(timer);
    const name = input.value.trim();
    if (name.length < 2) {
      current = [];
      render();
      return;
    }
    timer = window.setTimeout(() => {
      void guarded('Searching', () => request(ResolveDocument, { name, first: 8 })).then((data) => {
        current = data?.resolve ?? [];
        active = current.length ? 0 : -1;
        render();
        if (data && current.length === 0) setStatus(`Nothing found for “${name}”.`);
      });
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (current.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
      render();
    } else if (event.key === 'Enter' && list && current.length > 0) {
      event.preventDefault();
      choose(current[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      current = [];
      render();
    }
  });
  list?.addEventListener('click', (event) => {
    const index = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
    if (index !== undefined) choose(current[Number(index)]);
  });
  return {
    resolveTyped: async () =>
      input.dataset.entityId ?? (await request(ResolveDocument, { name: input.value, first: 1 })).resolve[0]?.id,
  };
}

const search = $<HTMLInputElement>('#search');
suggest(search, $<HTMLUListElement>('#suggestions'), (entity) => void focusOn(entity.id));
$('#search-form').addEventListener('submit', (event) => event.preventDefault());

// --- path finder -------------------------------------------------------------------------------------------

const pathFrom = suggest($<HTMLInputElement>('#path-from'), null, () => {});
const pathTo = suggest($<HTMLInputElement>('#path-to'), null, () => {});

async function findPath(from: string, to: string): Promise<void> {
  const data = await guarded('Finding paths', () => request(PathsDocument, { from, to, maxHops: 6, first: 5 }));
  if (!data) return;
  cy.elements().removeClass('on-path');
  if (data.paths.length === 0) {
    setStatus('No path within 6 hops.', 'error');
    return;
  }
  cy.batch(() => data.paths.forEach((path) => path.relations.forEach(addRelation)));
  for (const path of data.paths) {
    for (const relation of path.relations) {
      cy.getElementById(relation.id).addClass('on-path');
      cy.getElementById(relation.source.id).addClass('on-path');
      cy.getElementById(relation.target.id).addClass('on-path');
    }
  }
  state.path = { from, to };
  applyFilters();
  layoutFrom(from);
  const [shortest] = data.paths;
  details.innerHTML = `<h2>Paths from ${escapeHtml(shortest!.nodes[0]!.name)} to ${escapeHtml(shortest!.nodes.at(-1)!.name)}</h2>
    ${data.paths
      .map(
        (path, index) =>
          `<h3>Path ${index + 1} (${path.length} hops)</h3>` +
          path.relations.map((relation) => `<div class="hop">${evidenceHtml(relation)}</div>`).join(''),
      )
      .join('')}`;
  details.dataset.showing = 'paths';
  saveState();
}

$('#path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const [from, to] = await Promise.all([pathFrom.resolveTyped(), pathTo.resolveTyped()]).catch(() => [
      undefined,
      undefined,
    ]);
    if (!from || !to) {
      setStatus('Choose both ends of the path from the suggestions.', 'error');
      return;
    }
    await findPath(from, to);
  })();
});

// --- filters and legend --------------------------------------------------------------------------------------

function checkboxes(
  container: HTMLElement,
  values: readonly string[],
  hidden: string[],
  swatch?: Record<string, string>,
) {
  container.insertAdjacentHTML(
    'beforeend',
    values
      .map(
        (value) =>
          `<label><input type="checkbox" value="${value}" ${hidden.includes(value) ? '' : 'checked'} />` +
          `${swatch ? `<span class="swatch" style="background:${swatch[value]}"></span>` : ''}${value}</label>`,
      )
      .join(''),
  );
  container.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const index = hidden.indexOf(input.value);
    if (input.checked && index >= 0) hidden.splice(index, 1);
    if (!input.checked && index < 0) hidden.push(input.value);
    applyFilters();
    saveState();
  });
}
checkboxes($('#entity-types'), Object.keys(ENTITY_COLOURS), state.hiddenEntityTypes, ENTITY_COLOURS);
checkboxes($('#relation-types'), RELATION_TYPE_NAMES, state.hiddenRelationTypes);

const yearFrom = $<HTMLInputElement>('#year-from');
const yearTo = $<HTMLInputElement>('#year-to');
function syncYears(): void {
  yearFrom.value = String(state.yearFrom ?? YEAR_MIN);
  yearTo.value = String(state.yearTo ?? YEAR_MAX);
  $('#year-from-value').textContent = yearFrom.value;
  $('#year-to-value').textContent = yearTo.value;
}
for (const input of [yearFrom, yearTo]) {
  input.addEventListener('input', () => {
    const from = Number(yearFrom.value);
    const to = Number(yearTo.value);
    state.yearFrom = from === YEAR_MIN ? null : Math.min(from, to);
    state.yearTo = to === YEAR_MAX ? null : Math.max(from, to);
    syncYears();
    applyFilters();
    saveState();
  });
}
syncYears();

// --- graph events, export -------------------------------------------------------------------------------------

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  void toggle(node).then(() => showEntity(node.id()));
});
cy.on('tap', 'edge', (event) => showRelation((event.target as { id(): string }).id()));

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
    nodes: visible.nodes().map((node) => entities.get(node.id())),
    edges: visible.edges().map((edge) => relations.get(edge.id())),
  };
  download(
    'amur-graph.json',
    URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' })),
  );
});
$('#clear').addEventListener('click', () => {
  cy.elements().remove();
  relations.clear();
  entities.clear();
  expanded.clear();
  state.focus = [];
  state.path = null;
  state.selected = null;
  details.innerHTML = '<p class="hint">Search for a name, or click a node or an edge.</p>';
  saveState();
});

/** For end-to-end tests and the curious: what the graph shows now. */
Object.assign(window, {
  explorer: {
    nodes: () => cy.nodes(':visible').map((node) => node.id()),
    edges: () => cy.edges(':visible').map((edge) => edge.id()),
    onPath: () => cy.edges('.on-path').map((edge) => edge.id()),
    tap: (id: string): void => {
      cy.getElementById(id).emit('tap');
    },
    idle: () => status.textContent === '' || status.className === 'error',
  },
});

// --- restore the shared view ---------------------------------------------------------------------------------------

void (async () => {
  if (state.focus.length) await showNeighbourhood([...state.focus]);
  if (state.path) await findPath(state.path.from, state.path.to);
  if (state.selected?.startsWith('n:')) await showEntity(state.selected.slice(2));
  if (state.selected?.startsWith('e:')) showRelation(state.selected.slice(2));
  if (!state.focus.length && !state.path) setStatus('Search for a name to start.');
})();
