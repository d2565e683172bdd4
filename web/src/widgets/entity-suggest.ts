/**
 * A name field with suggestions (a WAI-ARIA combobox): what the user types is resolved and searched
 * (any spelling, and full-text), the entities found are offered with their types, arrows move
 * through them, Enter or a click chooses one. The chosen entity's id is kept on the input
 * (`data-entity-id`). A form that needs the entity without one chosen settles on the best match of
 * what was typed.
 */
import { ResolveDocument, SearchDocument, type EntitySummaryFragment } from '../../../src/generated/graphql';
import { request } from '../api-client';
import { entityName, entityTypeLabel } from '../i18n/i18n';

/** Names that match (any spelling), then entities whose name or description holds the words. */
export async function candidates(text: string): Promise<EntitySummaryFragment[]> {
  const [named, described] = await Promise.all([
    request(ResolveDocument, { name: text, first: 8 }),
    request(SearchDocument, { text, first: 8 }).catch(() => ({ search: [] })),
  ]);
  const seen = new Set(named.resolve.map((entity) => entity.id));
  const more = described.search.map((hit) => hit.entity).filter((entity) => !seen.has(entity.id));
  return [...named.resolve, ...more].slice(0, 10);
}

export interface SuggestOptions {
  /** Finds the candidates for a typed name (undefined when the search failed and said so). */
  search: (name: string) => Promise<EntitySummaryFragment[] | undefined>;
  /** Tells the user that nothing fits the name. */
  nothingFound: (name: string) => void;
}

export interface EntitySuggest {
  /**
   * The entity chosen, or else the best match of what was typed, which is then chosen (its name
   * shown in the field, the list closed; `onChoose` is not told: the caller has the entity);
   * 'empty' when nothing was typed, undefined when nothing fits (said through `nothingFound`) or
   * the search failed (said by `search`).
   */
  settle(): Promise<EntitySummaryFragment | 'empty' | undefined>;
}

export function suggestEntities(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onChoose: (entity: EntitySummaryFragment) => void,
  { search, nothingFound }: SuggestOptions,
): EntitySuggest {
  let timer: number | undefined;
  let chosen: EntitySummaryFragment | undefined;
  let current: EntitySummaryFragment[] = [];
  let active = -1;
  const draw = () => {
    list.replaceChildren(
      ...current.map((entity, index) => {
        const item = document.createElement('li');
        item.role = 'option';
        item.id = `${list.id}-${index}`;
        item.dataset.index = String(index);
        item.setAttribute('aria-selected', String(index === active));
        const type = document.createElement('small');
        type.textContent = entityTypeLabel(entity.type);
        item.append(entityName(entity), type);
        return item;
      }),
    );
    input.setAttribute('aria-activedescendant', active >= 0 ? `${list.id}-${active}` : '');
    input.setAttribute('aria-expanded', String(current.length > 0));
  };
  /** Chooses an entity: its name in the field, the list closed, and `onChoose` told unless `quietly`. */
  const choose = (entity: EntitySummaryFragment | undefined, quietly = false) => {
    if (!entity) return;
    input.value = entityName(entity);
    input.dataset.entityId = entity.id;
    chosen = entity;
    current = [];
    draw();
    if (!quietly) onChoose(entity);
  };
  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    chosen = undefined;
    window.clearTimeout(timer);
    const name = input.value.trim();
    if (name.length < 2) {
      current = [];
      draw();
      return;
    }
    timer = window.setTimeout(() => {
      void search(name).then((found) => {
        // Suggestions for a field left meanwhile would open over the next one.
        if (document.activeElement !== input || input.value.trim() !== name) return;
        current = found ?? [];
        active = current.length ? 0 : -1;
        draw();
        if (found && found.length === 0) nothingFound(name);
      });
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (current.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
      draw();
    } else if (event.key === 'Enter' && current.length > 0) {
      event.preventDefault();
      choose(current[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      current = [];
      draw();
    }
  });
  input.addEventListener('blur', () => {
    window.clearTimeout(timer);
    window.setTimeout(() => ((current = []), draw()), 200);
  });
  // Chosen as the button goes down, before the input loses its focus and the list with it. The
  // press itself changes no focus: the list is gone when it would, and a mouse then focused the
  // field under it (the path's "to" field, in a narrow window). The input is left, as a tap on a
  // phone leaves it: its keyboard closes over the graph just drawn.
  list.addEventListener('mousedown', (event) => {
    event.preventDefault();
    const index = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
    if (index === undefined) return;
    choose(current[Number(index)]);
    input.blur();
  });
  return {
    async settle() {
      if (chosen) return chosen;
      const name = input.value.trim();
      if (!name) return 'empty';
      window.clearTimeout(timer);
      const found = await search(name);
      if (!found) return undefined;
      if (input.value.trim() !== name) return this.settle();
      const best = found[0];
      if (best) choose(best, true);
      else nothingFound(name);
      return best;
    },
  };
}
