import type { GapMap } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { discSize, gapMapCsv } from './gapMapCsv';

const map: GapMap = {
  targetGroups: ['children'],
  constructs: ['wellbeing', 'help-seeking'],
  cells: [
    {
      targetGroup: 'children',
      construct: 'wellbeing',
      practices: 2,
      evaluations: 3,
      bestStrength: 3,
      direction: 'effective',
    },
    {
      targetGroup: 'children',
      construct: 'help-seeking',
      practices: 0,
      evaluations: 0,
      bestStrength: 0,
      direction: null,
    },
  ],
};

describe('gapMapCsv', () => {
  it('writes a header and one row per cell, empty cells with an empty direction', () => {
    expect(gapMapCsv(map)).toBe(
      'target_group,construct,practices,evaluations,best_strength,direction\r\n' +
        'children,wellbeing,2,3,3,effective\r\n' +
        'children,help-seeking,0,0,0,\r\n',
    );
  });
});

describe('discSize', () => {
  it('draws nothing for an empty cell and the largest disc for the fullest', () => {
    expect(discSize(0, 5)).toBe(0);
    expect(discSize(5, 5)).toBe(32);
    expect(discSize(1, 4)).toBe(20);
  });
});
