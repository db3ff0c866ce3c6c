import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http';
import { canSuggest, searchKeys, searchProblem } from './api';

describe('canSuggest', () => {
  it('asks from two characters, up to the longest query', () => {
    expect(canSuggest('h')).toBe(false);
    expect(canSuggest(' h ')).toBe(false);
    expect(canSuggest('hj')).toBe(true);
    expect(canSuggest('a'.repeat(301))).toBe(false);
  });
});

describe('searchKeys', () => {
  it('keys results by the whole search, under one prefix', () => {
    expect(searchKeys.results({ q: 'helpline', kind: 'resource' })).toEqual([
      'search',
      'results',
      { q: 'helpline', kind: 'resource' },
    ]);
    expect(searchKeys.suggestions('hj')[0]).toBe(searchKeys.all[0]);
  });
});

describe('searchProblem', () => {
  it('translates a known message of a 400 about q', () => {
    const error = new ApiError(400, ['q: must be at most 300 characters']);
    expect(searchProblem(error)).toEqual({ key: 'validation.tooLong', values: { max: 300 } });
  });

  it('shows an unknown 400 message as the server wrote it', () => {
    expect(searchProblem(new ApiError(400, ['q: cannot be searched']))).toEqual({ text: 'q: cannot be searched' });
  });

  it('uses the common messages for other failures', () => {
    expect(searchProblem(new ApiError(500, ['boom']))).toEqual({ key: 'errors.server' });
    expect(searchProblem(new Error('offline'))).toEqual({ key: 'errors.generic' });
  });
});
