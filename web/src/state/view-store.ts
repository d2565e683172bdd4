/**
 * The explorer's one state store: what the view shows (url-state.ts's ViewState), changed only
 * through it, and the listeners told of every change. main.ts subscribes the address bar to it, so
 * no view writes the URL itself.
 */
import type { ViewState } from '../url-state';

/**
 * How a change came: a new view (Back returns to the one before), a change within this view, or a
 * view restored from the address bar (Back, Forward, a shared link), which must not be written back.
 */
export type ChangeKind = 'navigate' | 'update' | 'restore';

type Listener = (state: Readonly<ViewState>, kind: ChangeKind) => void;

export class ViewStore {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.state = initial;
  }

  get current(): Readonly<ViewState> {
    return this.state;
  }

  /** A new view: the rest of the state as it is, these fields changed. */
  navigate(patch: Partial<ViewState>): void {
    this.change({ ...this.state, ...patch }, 'navigate');
  }

  /** A change within the view shown (a selection, a filter). */
  update(patch: Partial<ViewState>): void {
    this.change({ ...this.state, ...patch }, 'update');
  }

  /** The view the address bar holds, after Back or Forward. */
  restore(state: ViewState): void {
    this.change(state, 'restore');
  }

  /** Calls `listener` after every change; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private change(next: ViewState, kind: ChangeKind): void {
    this.state = next;
    for (const listener of this.listeners) listener(next, kind);
  }
}
