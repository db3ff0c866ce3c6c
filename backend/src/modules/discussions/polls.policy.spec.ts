import { groups, ME, memberships, viewers } from '../groups/policy-cases.fixtures';
import {
  canClosePoll,
  choiceProblem,
  resultsVisible,
  votersVisible,
  voteRefusal,
  type PollState,
} from './polls.policy';

const OTHER = '22222222-2222-4222-8222-222222222222';
const poll = (changes: Partial<PollState> = {}): PollState => ({
  createdBy: OTHER,
  multiple: false,
  anonymous: false,
  results: 'live',
  closed: false,
  ...changes,
});

describe('resultsVisible', () => {
  it.each([
    ['live', false, true],
    ['live', true, true],
    ['after-close', false, false],
    ['after-close', true, true],
  ] as const)('%s, closed %s: %s', (results, closed, expected) => {
    expect(resultsVisible(poll({ results, closed }))).toBe(expected);
  });
});

describe('votersVisible', () => {
  it.each([
    [{}, 'member', 'practitioner', true],
    [{}, 'none', 'coordinator', true],
    [{}, 'none', 'practitioner', false],
    [{}, 'none', 'visitor', false],
    [{}, 'requested', 'practitioner', false],
    [{}, 'member', 'pending', false],
    [{ anonymous: true }, 'member', 'practitioner', false],
    [{ anonymous: true, closed: true }, 'groupCoordinator', 'coordinator', false],
    [{ results: 'after-close' }, 'member', 'practitioner', false],
    [{ results: 'after-close', closed: true }, 'member', 'practitioner', true],
  ] as Array<[Partial<PollState>, string, string, boolean]>)(
    '%j, %s, %s: %s',
    (changes, membership, viewer, expected) => {
      expect(votersVisible(poll(changes), memberships[membership]!, viewers[viewer]!)).toBe(expected);
    },
  );
});

describe('canClosePoll', () => {
  it.each([
    [ME, 'member', 'practitioner', true],
    [ME, 'member', 'suspended', false],
    [OTHER, 'member', 'practitioner', false],
    [OTHER, 'groupCoordinator', 'practitioner', true],
    [OTHER, 'none', 'coordinator', true],
    [null, 'member', 'practitioner', false],
  ] as Array<[string | null, string, string, boolean]>)(
    'made by %s, %s, %s: %s',
    (createdBy, membership, viewer, expected) => {
      expect(canClosePoll(poll({ createdBy }), memberships[membership]!, viewers[viewer]!)).toBe(expected);
    },
  );
});

describe('choiceProblem', () => {
  const options = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'];
  it('takes one known option in a single-choice poll', () => {
    expect(choiceProblem(poll(), [options[0]!], options)).toBeNull();
  });
  it('refuses two options in a single-choice poll', () => {
    expect(choiceProblem(poll(), options, options)).toBe('optionIds: a single-choice poll takes exactly one option');
  });
  it('takes several options in a multiple-choice poll', () => {
    expect(choiceProblem(poll({ multiple: true }), options, options)).toBeNull();
  });
  it('refuses an option of another poll', () => {
    expect(choiceProblem(poll({ multiple: true }), [OTHER], options)).toBe('optionIds: must be options of this poll');
  });
  it('compares ids whatever their case', () => {
    expect(choiceProblem(poll(), [options[1]!.toUpperCase()], options)).toBeNull();
  });
});

describe('voteRefusal', () => {
  it.each([
    ['members', 'member', 'practitioner', null],
    ['members', 'groupCoordinator', 'practitioner', null],
    ['members', 'none', 'coordinator', "only the group's active members can vote here"],
    ['public', 'none', 'practitioner', "only the group's active members can vote here"],
    ['members', 'requested', 'practitioner', "only the group's active members can vote here"],
    ['members', 'member', 'pending', 'an active account is needed to vote'],
    ['public', 'none', 'visitor', 'an active account is needed to vote'],
    ['archived', 'member', 'practitioner', 'this group is archived: its polls take no more votes'],
  ] as Array<[keyof typeof groups, string, string, string | null]>)(
    '%s group, %s, %s: %s',
    (group, membership, viewer, expected) => {
      expect(voteRefusal(groups[group], memberships[membership]!, viewers[viewer]!)).toBe(expected);
    },
  );
});
