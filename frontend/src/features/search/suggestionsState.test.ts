import { describe, expect, it } from 'vitest';
import {
  activeIndex,
  boxKeyIntent,
  closedSuggestions,
  shiftIntoView,
  suggestionsReducer,
  type SuggestionsAction,
  type SuggestionsState,
} from './suggestionsState';

const run = (actions: SuggestionsAction[], from: SuggestionsState = closedSuggestions) =>
  actions.reduce(suggestionsReducer, from);
const down = (count = 3): SuggestionsAction => ({ type: 'move', step: 1, count });
const up = (count = 3): SuggestionsAction => ({ type: 'move', step: -1, count });

describe('suggestionsReducer', () => {
  it('opens with nothing active when the text changes', () => {
    expect(run([{ type: 'typed' }])).toEqual({ open: true, active: -1 });
    expect(run([{ type: 'typed' }, down(), { type: 'typed' }])).toEqual({ open: true, active: -1 });
  });

  it('moves down and up through the options, wrapping at both ends', () => {
    expect(run([{ type: 'typed' }, down()]).active).toBe(0);
    expect(run([{ type: 'typed' }, down(), down(), down()]).active).toBe(2);
    expect(run([{ type: 'typed' }, down(), down(), down(), down()]).active).toBe(0);
    expect(run([{ type: 'typed' }, down(), up()]).active).toBe(2);
    expect(run([{ type: 'typed' }, down(), down(), up()]).active).toBe(0);
  });

  it('opens a closed list on the first option with ArrowDown and on the last with ArrowUp', () => {
    expect(run([down()])).toEqual({ open: true, active: 0 });
    expect(run([up()])).toEqual({ open: true, active: 2 });
  });

  it('starts again from an end when the active option is beyond a shorter list', () => {
    expect(run([down(5), down(5), down(5), down(5), down(2)])).toEqual({ open: true, active: 0 });
  });

  it('has nothing to make active without options', () => {
    expect(run([down(0)])).toEqual({ open: true, active: -1 });
  });

  it('follows the pointer, and closes', () => {
    expect(run([{ type: 'typed' }, { type: 'point', index: 1 }]).active).toBe(1);
    expect(run([down(), { type: 'close' }])).toEqual(closedSuggestions);
  });
});

describe('activeIndex', () => {
  it('is the active option while the list is open and has it', () => {
    expect(activeIndex({ open: true, active: 1 }, 3)).toBe(1);
    expect(activeIndex({ open: true, active: 3 }, 3)).toBe(-1);
    expect(activeIndex({ open: false, active: 1 }, 3)).toBe(-1);
  });
});

describe('boxKeyIntent', () => {
  const open = { open: true, active: 1 };

  it('moves with the arrows', () => {
    expect(boxKeyIntent('ArrowDown', closedSuggestions, 3)).toEqual({ type: 'move', step: 1 });
    expect(boxKeyIntent('ArrowUp', open, 3)).toEqual({ type: 'move', step: -1 });
  });

  it('opens the active suggestion on Enter, or searches for the words when none is active', () => {
    expect(boxKeyIntent('Enter', open, 3)).toEqual({ type: 'open-active', index: 1 });
    expect(boxKeyIntent('Enter', { open: true, active: -1 }, 3)).toEqual({ type: 'search' });
    expect(boxKeyIntent('Enter', { open: false, active: 1 }, 3)).toEqual({ type: 'search' });
    expect(boxKeyIntent('Enter', open, 1)).toEqual({ type: 'search' });
  });

  it('closes an open list on Escape, and empties the box when nothing is open', () => {
    expect(boxKeyIntent('Escape', open, 3)).toEqual({ type: 'close' });
    expect(boxKeyIntent('Escape', closedSuggestions, 3)).toEqual({ type: 'clear' });
    expect(boxKeyIntent('Escape', open, 0)).toEqual({ type: 'clear' });
  });

  it('leaves every other key, Tab included, to the browser', () => {
    expect(boxKeyIntent('Tab', open, 3)).toBeNull();
    expect(boxKeyIntent('a', open, 3)).toBeNull();
  });
});

describe('shiftIntoView', () => {
  it('leaves a list that fits where it opens', () => {
    expect(shiftIntoView(300, 416, 1366, 16)).toBe(0);
  });

  it('moves a list that would run off the right edge back inside', () => {
    // A box at 1100 px of a 1366 px window, with a list 416 px wide: it ends 16 px before the edge.
    expect(shiftIntoView(1100, 416, 1366, 16)).toBe(-166);
    expect(1100 - 166 + 416).toBe(1366 - 16);
  });

  it('never moves it past the left margin, even when wider than the window', () => {
    expect(shiftIntoView(40, 500, 390, 16)).toBe(-24);
  });
});
