import { describe, expect, it } from 'vitest';
import { isCodeLoadError } from './codeLoadError';

describe('isCodeLoadError', () => {
  it.each([
    // Chromium
    'Failed to fetch dynamically imported module: https://example.org/assets/practices-Ab12Cd34.js',
    // Firefox
    'error loading dynamically imported module: https://example.org/assets/practices-Ab12Cd34.js',
    // Safari
    'Importing a module script failed.',
    // Vite, when a chunk's stylesheet is gone
    'Unable to preload CSS for /assets/practices-Ab12Cd34.css',
  ])('recognises "%s"', (message) => {
    expect(isCodeLoadError(new TypeError(message))).toBe(true);
  });

  it('leaves other errors to the generic page', () => {
    expect(isCodeLoadError(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBe(false);
    expect(isCodeLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isCodeLoadError(null)).toBe(false);
  });
});
