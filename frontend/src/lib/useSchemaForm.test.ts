import { registerSchema, updateProfileSchema, type RegisterRequest } from '@pn/shared';
import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { fieldMessage, formMessages, resolverFor } from './useSchemaForm';

type Values = Record<string, unknown>;
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Values>;

const REGISTER = {
  email: 'not-an-email',
  password: 'short',
  displayName: 'Demo applicant',
  profession: '',
  country: 'DK',
  languages: ['da', 'xx'],
};

describe('the schema resolver of the forms', () => {
  const register = resolverFor<Values, typeof registerSchema>(registerSchema, new Set(Object.keys(REGISTER)));

  it('gives each field one message in our shape, the schema’s own texts and zod’s issues alike', async () => {
    const { errors } = await register({}, REGISTER, undefined, options);
    expect(fieldMessage(errors['email'])).toEqual({ key: 'validation.email' });
    expect(fieldMessage(errors['password'])).toEqual({ key: 'validation.tooShort', values: { min: 12 } });
    expect(fieldMessage(errors['profession'])).toEqual({ key: 'validation.chooseOption' });
    // An item of a list belongs to its field.
    expect(fieldMessage(errors['languages'])).toEqual({ key: 'validation.language' });
    expect(errors['displayName']).toBeUndefined();
    expect(formMessages(errors)).toEqual([]);
  });

  it('lets a check of the form speak for a field, and passes the schema’s output on when all is well', async () => {
    const check = () => ({ displayName: { text: 'taken' } });
    const failed = await register({ check }, REGISTER, undefined, options);
    expect(fieldMessage(failed.errors['displayName'])).toEqual({ text: 'taken' });

    const valid = { ...REGISTER, email: 'Someone@Example.org', password: 'a long enough password', languages: ['da'] };
    const toInput = (values: Values) => ({ ...values, profession: 'social-workers' }) as RegisterRequest;
    const passed = await register({ toInput }, valid, undefined, options);
    expect(passed.errors).toEqual({});
    expect(passed.values).toMatchObject({ email: 'someone@example.org', profession: 'social-workers' });
  });

  it('keeps a problem outside every field for the form', async () => {
    const profile = resolverFor<Values, typeof updateProfileSchema>(updateProfileSchema, new Set(['displayName']));
    const { errors } = await profile({}, {}, undefined, options);
    expect(formMessages(errors)).toEqual([{ key: 'validation.nothingToChange' }]);
  });
});
