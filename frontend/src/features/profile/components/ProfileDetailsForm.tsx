import { updateProfileSchema, type UpdateProfileRequest, type User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutYouFields, type AboutYouValues } from '../../../components/AboutYouFields';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useUpdateProfile } from '../hooks/useProfileMutations';

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
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({ schema: updateProfileSchema, defaultValues: fromUser(user), toInput: toRequest });
  const update = useUpdateProfile();

  const submit = form.submit((body) => {
    update.mutate(body, {
      onSuccess: (next) => {
        form.reset(fromUser(next));
        setSaved(true);
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <form
      id={form.formId}
      className="form"
      onSubmit={(event) => {
        setSaved(false);
        void submit(event);
      }}
      onChange={() => setSaved(false)}
      noValidate
      aria-labelledby="profile-details-title"
    >
      <h2 id="profile-details-title">{t('profile.details.title')}</h2>
      <FormAlert messages={form.formErrors} />
      <AboutYouFields idPrefix="profile" form={form} organisationHint={t('hints.organisationClear')} />
      <StatusMessage message={saved ? t('profile.details.saved') : null} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('profile.details.submit')}
        </Button>
      </div>
    </form>
  );
}
