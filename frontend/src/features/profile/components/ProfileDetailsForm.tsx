import { updateProfileSchema, type UpdateProfileRequest, type User } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { LanguagesField } from '../../../components/LanguagesField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextField } from '../../../components/TextField';
import { CountrySelect, ProfessionSelect } from '../../../components/VocabularyFields';
import { useZodForm } from '../../../lib/useZodForm';
import { useUpdateProfile } from '../hooks/useProfileMutations';

const FIELDS = ['displayName', 'profession', 'country', 'organisation', 'languages'] as const;

interface DetailsValues {
  displayName: string;
  profession: string;
  country: string;
  organisation: string;
  languages: string[];
}

const fromUser = (user: User): DetailsValues => ({
  displayName: user.displayName,
  profession: user.profession,
  country: user.country,
  organisation: user.organisation ?? '',
  languages: [...user.languages],
});

/** The form's values as the API wants them: an empty organisation clears it (null). */
const toRequest = (values: DetailsValues): UpdateProfileRequest => ({
  displayName: values.displayName,
  profession: values.profession as UpdateProfileRequest['profession'],
  country: values.country,
  organisation: values.organisation.trim() ? values.organisation : null,
  languages: values.languages,
});

export function ProfileDetailsForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => fromUser(user));
  const [saved, setSaved] = useState(false);
  const form = useZodForm(updateProfileSchema, FIELDS);
  const update = useUpdateProfile();

  const set =
    <K extends keyof DetailsValues>(key: K) =>
    (value: DetailsValues[K]) => {
      setSaved(false);
      setValues((current) => ({ ...current, [key]: value }));
    };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(toRequest(values));
    if (!body) return;
    update.mutate(body, {
      onSuccess: (next) => {
        setValues(fromUser(next));
        setSaved(true);
      },
      onError: (error) => form.showServerError(error),
    });
  };

  return (
    <form id={form.formId} className="form" onSubmit={submit} noValidate aria-labelledby="profile-details-title">
      <h2 id="profile-details-title">{t('profile.details.title')}</h2>
      <FormAlert messages={form.formErrors} />
      <TextField
        id="profile-displayName"
        label={t('fields.displayName')}
        hint={t('hints.displayName')}
        autoComplete="name"
        value={values.displayName}
        onChange={set('displayName')}
        error={form.fieldErrors.displayName}
        required
      />
      <ProfessionSelect
        id="profile-profession"
        value={values.profession}
        onChange={set('profession')}
        error={form.fieldErrors.profession}
        required
      />
      <CountrySelect
        id="profile-country"
        hint={t('hints.country')}
        value={values.country}
        onChange={set('country')}
        error={form.fieldErrors.country}
        required
      />
      <TextField
        id="profile-organisation"
        label={t('fields.organisation')}
        hint={t('hints.organisationClear')}
        autoComplete="organization"
        value={values.organisation}
        onChange={set('organisation')}
        error={form.fieldErrors.organisation}
        optional
      />
      <LanguagesField
        id="profile-languages"
        value={values.languages}
        onChange={set('languages')}
        error={form.fieldErrors.languages}
      />
      <StatusMessage message={saved ? t('profile.details.saved') : null} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('profile.details.submit')}
        </Button>
      </div>
    </form>
  );
}
