import { GROUP_LIMITS, GROUP_VISIBILITIES, JOIN_POLICIES } from '@pn/shared';
import type { Path, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import type { SchemaForm } from '../../../lib/useSchemaForm';
import type { GroupDetails } from '../groupForm';

interface GroupDetailsFieldsProps<Values extends GroupDetails, Output> {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  form: SchemaForm<Values, Output>;
  /** Show who may join and read (network coordinators and admins set them, not the group's coordinators). */
  rules?: boolean;
}

/** What a group is and who may join and read it: shared by the forms that create and edit groups. */
export function GroupDetailsFields<Values extends GroupDetails, Output>({
  idPrefix,
  form,
  rules = true,
}: GroupDetailsFieldsProps<Values, Output>) {
  const { t } = useTranslation();
  // The form has these fields, and maybe more: its own names are a wider type that TypeScript cannot narrow.
  const name = (field: keyof GroupDetails) => field as Path<Values>;
  return (
    <>
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('groups.manage.description')}
        hint={t('groups.manage.descriptionHint', { max: GROUP_LIMITS.descriptionMax })}
        {...form.field(name('description'))}
        rows={5}
      />
      {rules ? (
        <>
          <SelectField
            id={`${idPrefix}-joinPolicy`}
            label={t('groups.manage.joinPolicy')}
            options={JOIN_POLICIES.map((policy) => ({ value: policy, label: t(`groups.joinPolicies.${policy}`) }))}
            {...form.field(name('joinPolicy'))}
            required
          />
          <SelectField
            id={`${idPrefix}-visibility`}
            label={t('groups.manage.visibility')}
            options={GROUP_VISIBILITIES.map((visibility) => ({
              value: visibility,
              label: t(`groups.manage.visibilities.${visibility}`),
            }))}
            {...form.field(name('visibility'))}
            required
          />
        </>
      ) : null}
    </>
  );
}

/** The group's name field, first in both forms. */
export function GroupNameField({
  id,
  registration,
  error,
}: {
  id: string;
  registration: UseFormRegisterReturn;
  error: Message | undefined;
}) {
  const { t } = useTranslation();
  return <TextField id={id} label={t('groups.manage.name')} registration={registration} error={error} required />;
}
