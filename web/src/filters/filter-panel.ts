/**
 * The filter panel: entity types, relation types in groups (with "only" to see every relation of
 * one type), kinds of statement and years. It changes the view store; what it hides is the
 * caller's (onFilter), and "only" is a new view the caller draws (onOnlyType). sync() puts the
 * store's filters back into the inputs, after Back or a shared link.
 */
import type { AssertionKind, EntityType, RelationType } from '../../../src/generated/graphql';
import { ASSERTION_COLOURS, ENTITY_COLOURS } from '../graph/graph-view';
import { entityTypeLabel, relationLabel, t } from '../i18n/i18n';
import type { ViewStore } from '../state/view-store';
import { RELATION_GROUP_NAMES, RELATION_GROUPS, RELATION_TYPES } from './relation-groups';
import { YEAR_MAX, YEAR_MIN } from './year-histogram';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

export interface FilterPanel {
  sync(): void;
}

export function createFilterPanel(
  store: ViewStore,
  { kinds, onFilter, onOnlyType }: { kinds: readonly AssertionKind[]; onFilter: () => void; onOnlyType: () => void },
): FilterPanel {
  function checkboxes<Value extends string>(
    container: HTMLElement,
    values: readonly Value[],
    key: 'hiddenEntityTypes' | 'hiddenAssertionKinds',
    swatch: Record<Value, string>,
    name: (value: Value) => string,
  ) {
    for (const value of values) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.value = value;
      const dot = document.createElement('span');
      dot.className = 'swatch';
      dot.style.background = swatch[value];
      label.append(input, dot, name(value));
      container.append(label);
    }
    container.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const hidden = store.current[key].filter((value) => value !== input.value);
      store.update({ [key]: input.checked ? hidden : [...hidden, input.value] });
      onFilter();
    });
  }

  /** Relation types in groups: a box for each type, one for its whole group, and "only" to see every relation of a type. */
  function relationFilter(container: HTMLElement): void {
    for (const group of RELATION_GROUP_NAMES) {
      const block = document.createElement('div');
      block.className = 'relation-group';
      const head = document.createElement('label');
      head.className = 'group';
      const all = document.createElement('input');
      all.type = 'checkbox';
      all.dataset.group = group;
      head.append(all, t(`group.${group}`));
      block.append(head);
      for (const type of RELATION_TYPES.filter((candidate) => RELATION_GROUPS[candidate] === group)) {
        const row = document.createElement('div');
        row.className = 'type-row';
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.value = type;
        label.append(input, relationLabel(type));
        label.title = type;
        const only = document.createElement('button');
        only.type = 'button';
        only.className = 'only';
        only.dataset.only = type;
        only.textContent = t('filters.only');
        only.setAttribute('aria-label', t('filters.onlyLabel', { type: relationLabel(type) }));
        row.append(label, only);
        block.append(row);
      }
      container.append(block);
    }
    container.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const group = input.dataset.group;
      const touched = group ? RELATION_TYPES.filter((type) => RELATION_GROUPS[type] === group) : [input.value];
      const hidden = store.current.hiddenRelationTypes.filter((type) => !touched.includes(type as RelationType));
      store.update({ hiddenRelationTypes: input.checked ? hidden : [...hidden, ...touched] });
      sync();
      onFilter();
    });
    container.addEventListener('click', (event) => {
      const type = (event.target as HTMLElement).closest<HTMLElement>('[data-only]')?.dataset.only as
        RelationType | undefined;
      if (!type) return;
      store.navigate({
        onlyType: type,
        hiddenRelationTypes: RELATION_TYPES.filter((other) => other !== type),
        focus: [],
        path: null,
        story: null,
        selected: null,
        reading: null,
      });
      onOnlyType();
    });
  }

  const yearFrom = $<HTMLInputElement>('#year-from');
  const yearTo = $<HTMLInputElement>('#year-to');

  function sync(): void {
    const state = store.current;
    if (document.activeElement !== yearFrom) yearFrom.value = state.yearFrom === null ? '' : String(state.yearFrom);
    if (document.activeElement !== yearTo) yearTo.value = state.yearTo === null ? '' : String(state.yearTo);
    for (const input of document.querySelectorAll<HTMLInputElement>('#entity-types input')) {
      input.checked = !state.hiddenEntityTypes.includes(input.value);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('#assertion-kinds input')) {
      input.checked = !state.hiddenAssertionKinds.includes(input.value);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('#relation-types input[value]')) {
      input.checked = !state.hiddenRelationTypes.includes(input.value);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('#relation-types input[data-group]')) {
      const types = RELATION_TYPES.filter((type) => RELATION_GROUPS[type] === input.dataset.group);
      const shown = types.filter((type) => !state.hiddenRelationTypes.includes(type)).length;
      input.checked = shown === types.length;
      input.indeterminate = shown > 0 && shown < types.length;
    }
  }

  /** A typed year: within the range, or none (an empty box, or a year outside it, clears that end). */
  function typedYear(input: HTMLInputElement): number | null {
    const value = Number(input.value);
    return input.value !== '' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX ? value : null;
  }

  checkboxes(
    $('#entity-types'),
    Object.keys(ENTITY_COLOURS) as EntityType[],
    'hiddenEntityTypes',
    ENTITY_COLOURS,
    entityTypeLabel,
  );
  checkboxes($('#assertion-kinds'), kinds, 'hiddenAssertionKinds', ASSERTION_COLOURS, (kind) => t(`kind.${kind}`));
  relationFilter($('#relation-types'));
  for (const input of [yearFrom, yearTo]) {
    input.addEventListener('input', () => {
      const from = typedYear(yearFrom);
      const to = typedYear(yearTo);
      store.update({
        yearFrom: from !== null && to !== null ? Math.min(from, to) : from,
        yearTo: from !== null && to !== null ? Math.max(from, to) : to,
      });
      input.setAttribute('aria-invalid', String(input.value !== '' && typedYear(input) === null));
      onFilter();
    });
  }
  return { sync };
}
