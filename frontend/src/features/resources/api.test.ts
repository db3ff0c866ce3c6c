import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http';
import { downloadUrl, duplicateOf, fileProblem, filtersToParams, parseResourceFilters } from './api';

describe('parseResourceFilters and filtersToParams', () => {
  it('reads known values, normalised, and drops the rest', () => {
    const params = new URLSearchParams(
      'q=+schools+&type=toolkit&language=DA&country=se&audience=children&group=social-workers&sort=most-adapted&mine=true',
    );
    expect(parseResourceFilters(params)).toEqual({
      q: 'schools',
      type: 'toolkit',
      language: 'da',
      country: 'SE',
      audience: 'children',
      group: 'social-workers',
      sort: 'most-adapted',
      mine: true,
    });
    const junk = new URLSearchParams(
      'type=poster&language=xx&country=ZZ&audience=all&group=Not+a+slug&sort=oldest&mine=1',
    );
    expect(parseResourceFilters(junk)).toEqual({});
  });

  it('writes the filters back, leaving out the default order and empty values', () => {
    expect(filtersToParams({ q: 'schools', sort: 'newest', mine: false, country: 'SE' }).toString()).toBe(
      'q=schools&country=SE',
    );
    const filters = parseResourceFilters(new URLSearchParams('sort=most-adapted&language=sv&mine=true'));
    expect(parseResourceFilters(filtersToParams(filters))).toEqual(filters);
  });
});

describe('downloadUrl', () => {
  it('points at the current file, a past version, or the inline preview', () => {
    expect(downloadUrl('abc')).toBe('/api/resources/abc/download');
    expect(downloadUrl('abc', { version: 2 })).toBe('/api/resources/abc/download?version=2');
    expect(downloadUrl('abc', { inline: true, version: 3 })).toBe('/api/resources/abc/download?version=3&inline=true');
  });
});

describe('upload errors', () => {
  const existing = {
    id: 'e1',
    title: 'Talking with parents',
    type: 'guideline',
    language: 'en',
    country: 'DK',
    removed: false,
  };
  const duplicate = new ApiError(409, ['This file is already in the library'], {
    statusCode: 409,
    error: 'Conflict',
    message: 'This file is already in the library',
    existing,
  } as never);

  it('finds the existing resource in a 409 answer', () => {
    expect(duplicateOf(duplicate)).toEqual(existing);
    expect(duplicateOf(new ApiError(409, ['conflict']))).toBeNull();
    expect(duplicateOf(new ApiError(400, ['title: must not be empty']))).toBeNull();
    expect(duplicateOf(new Error('x'))).toBeNull();
  });

  it('names the file problems 409, 413 and 415, and nothing else', () => {
    expect(fileProblem(duplicate)).toEqual({ key: 'resources.errors.duplicate' });
    expect(fileProblem(new ApiError(413, ['Payload Too Large']))).toEqual({ key: 'resources.errors.tooLarge' });
    expect(fileProblem(new ApiError(415, ['Unsupported Media Type']))).toEqual({
      key: 'resources.errors.unsupportedType',
    });
    expect(fileProblem(new ApiError(400, ['title: must not be empty']))).toBeNull();
    expect(fileProblem(new Error('offline'))).toBeNull();
  });
});
