/**
 * The state of the search box's suggestion list (the ARIA combobox pattern): whether it is open, and which
 * option is active (-1: none, so that Enter searches for the typed words).
 */
export interface SuggestionsState {
  open: boolean;
  active: number;
}

export type SuggestionsAction =
  /** The text changed: show the list again, with no option chosen. */
  | { type: 'typed' }
  /** ArrowDown (1) or ArrowUp (-1), over `count` options. */
  | { type: 'move'; step: 1 | -1; count: number }
  /** The pointer is over an option. */
  | { type: 'point'; index: number }
  /** Escape, Tab, a click elsewhere, or a choice made. */
  | { type: 'close' };

export const closedSuggestions: SuggestionsState = { open: false, active: -1 };

export function suggestionsReducer(state: SuggestionsState, action: SuggestionsAction): SuggestionsState {
  switch (action.type) {
    case 'typed':
      return { open: true, active: -1 };
    case 'move': {
      if (action.count <= 0) return { open: true, active: -1 };
      // A closed list opens on the first option (ArrowDown) or the last (ArrowUp), as in the ARIA pattern.
      if (!state.open || state.active < 0 || state.active >= action.count) {
        return { open: true, active: action.step === 1 ? 0 : action.count - 1 };
      }
      // The arrows wrap around, so that every option is reachable both ways.
      return { open: true, active: (state.active + action.step + action.count) % action.count };
    }
    case 'point':
      return { open: true, active: action.index };
    case 'close':
      return closedSuggestions;
  }
}

/** The active option among `count`, or -1; a shorter list that arrived meanwhile leaves none active. */
export function activeIndex(state: SuggestionsState, count: number): number {
  return state.open && state.active >= 0 && state.active < count ? state.active : -1;
}

/** What a key in the search box does, given the list on screen; null leaves the key to the browser. */
export type BoxKeyIntent =
  | { type: 'move'; step: 1 | -1 }
  | { type: 'open-active'; index: number }
  | { type: 'search' }
  | { type: 'close' }
  | { type: 'clear' }
  | null;

export function boxKeyIntent(key: string, state: SuggestionsState, count: number): BoxKeyIntent {
  switch (key) {
    case 'ArrowDown':
      return { type: 'move', step: 1 };
    case 'ArrowUp':
      return { type: 'move', step: -1 };
    case 'Enter': {
      const index = activeIndex(state, count);
      return index >= 0 ? { type: 'open-active', index } : { type: 'search' };
    }
    case 'Escape':
      // First Escape closes the list; a second one empties the box, as native search fields do.
      return state.open && count > 0 ? { type: 'close' } : { type: 'clear' };
    default:
      return null;
  }
}

/**
 * How far (in px) to move the list from the box's left edge, where it opens, so that it stays `margin`
 * inside the viewport: leftwards when the box sits near the right edge, never past the left margin.
 */
export function shiftIntoView(anchorLeft: number, width: number, viewportWidth: number, margin: number): number {
  const left = Math.max(margin, Math.min(anchorLeft, viewportWidth - margin - width));
  return left - anchorLeft;
}
