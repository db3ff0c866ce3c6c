import { loginSchema, registerSchema, updateProfileSchema } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from './http';
import { errorMessage, issueMessage, knownTextMessage, splitFieldMessage } from './messages';

const messagesOf = (result: { success: boolean; error?: { issues: Parameters<typeof issueMessage>[0][] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issueMessage(issue) }));

describe('issueMessage', () => {
  it('translates the shared schemas’ problems into message keys', () => {
    const result = registerSchema.safeParse({
      email: 'not-an-email',
      password: 'short',
      displayName: '   ',
      profession: '',
      country: '',
    });
    const byPath = Object.fromEntries(messagesOf(result).map(({ path, message }) => [path, message]));
    expect(byPath.email).toEqual({ key: 'validation.email' });
    expect(byPath.password).toEqual({ key: 'validation.tooShort', values: { min: 12 } });
    expect(byPath.displayName).toEqual({ key: 'validation.required' });
    expect(byPath.profession).toEqual({ key: 'validation.chooseOption' });
    expect(byPath.country).toEqual({ key: 'validation.country' });
  });

  it('reports an empty password on sign-in as required', () => {
    const [first] = messagesOf(loginSchema.safeParse({ email: 'a@b.org', password: '' }));
    expect(first).toEqual({ path: 'password', message: { key: 'validation.required' } });
  });

  it('asks for the current password when setting a new one', () => {
    const issues = messagesOf(updateProfileSchema.safeParse({ newPassword: 'a long enough password' }));
    expect(issues).toContainEqual({ path: 'currentPassword', message: { key: 'validation.currentPasswordRequired' } });
  });
});

describe('server messages', () => {
  it('splits "field: text" and keeps unknown texts as they are', () => {
    expect(splitFieldMessage('email: must be an email address')).toEqual({
      field: 'email',
      text: 'must be an email address',
    });
    expect(splitFieldMessage('languages.0: must be an ISO 639-1 language code')).toEqual({
      field: 'languages',
      text: 'must be an ISO 639-1 language code',
    });
    expect(splitFieldMessage('nothing to change')).toEqual({ field: null, text: 'nothing to change' });
    expect(knownTextMessage('must be at most 100 characters')).toEqual({
      key: 'validation.tooLong',
      values: { max: 100 },
    });
    expect(knownTextMessage('something new')).toBeNull();
  });

  it('chooses a message per status, with per-form overrides', () => {
    expect(errorMessage(new ApiError(409, ['email already registered']), { 409: 'errors.emailTaken' })).toEqual({
      key: 'errors.emailTaken',
    });
    expect(errorMessage(new ApiError(429, ['too many attempts, try again later']))).toEqual({
      key: 'errors.tooManyAttempts',
    });
    expect(errorMessage(new ApiError(0, []))).toEqual({ key: 'errors.network' });
    expect(errorMessage(new ApiError(503, []))).toEqual({ key: 'errors.server' });
    expect(errorMessage(new ApiError(422, ['a new rule']))).toEqual({ text: 'a new rule' });
    expect(errorMessage(new Error('boom'))).toEqual({ key: 'errors.generic' });
  });
});
