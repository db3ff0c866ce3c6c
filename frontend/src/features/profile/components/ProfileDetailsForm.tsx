import { updateProfileSchema, type UpdateProfileRequest, type User } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutYouFields, type AboutYouValues } from '../../../components/AboutYouFields';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useZodForm } from '../../../lib/useZodForm';
import { useUpdateProfile } from '../hooks/useProfileMutations';

const FIELDS = ['displayName', 'profession', 'country', 'organisation', 'languages'] as const;

type DetailsValues = AboutYouValues;

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

  const change = (changed: Partial<DetailsValues>) => {
    setSaved(false);
    setValues((current) => ({ ...current, ...changed }));
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
      <AboutYouFields
        idPrefix="profile"
        values={values}
        onChange={change}
        errors={form.fieldErrors}
        organisationHint={t('hints.organisationClear')}
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
