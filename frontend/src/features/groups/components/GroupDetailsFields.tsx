import { GROUP_LIMITS, GROUP_VISIBILITIES, JOIN_POLICIES } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import type { FieldErrors } from '../../../lib/useZodForm';
import type { GroupDetails } from '../groupForm';

type DetailField = keyof GroupDetails;

interface GroupDetailsFieldsProps {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  values: GroupDetails;
  errors: FieldErrors<DetailField>;
  onChange: <K extends DetailField>(field: K, value: GroupDetails[K]) => void;
}

/** What a group is and who may join and read it: shared by the forms that create and edit groups. */
export function GroupDetailsFields({ idPrefix, values, errors, onChange }: GroupDetailsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('groups.manage.description')}
        hint={t('groups.manage.descriptionHint', { max: GROUP_LIMITS.descriptionMax })}
        value={values.description}
        onChange={(value) => onChange('description', value)}
        error={errors.description}
        rows={5}
      />
      <SelectField
        id={`${idPrefix}-joinPolicy`}
        label={t('groups.manage.joinPolicy')}
        options={JOIN_POLICIES.map((policy) => ({ value: policy, label: t(`groups.joinPolicies.${policy}`) }))}
        value={values.joinPolicy}
        onChange={(value) => onChange('joinPolicy', value as GroupDetails['joinPolicy'])}
        error={errors.joinPolicy}
        required
      />
      <SelectField
        id={`${idPrefix}-visibility`}
        label={t('groups.manage.visibility')}
        options={GROUP_VISIBILITIES.map((visibility) => ({
          value: visibility,
          label: t(`groups.manage.visibilities.${visibility}`),
        }))}
        value={values.visibility}
        onChange={(value) => onChange('visibility', value as GroupDetails['visibility'])}
        error={errors.visibility}
        required
      />
    </>
  );
}

/** The group's name field, first in both forms. */
export function GroupNameField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: FieldErrors<'name'>['name'];
}) {
  const { t } = useTranslation();
  return <TextField id={id} label={t('groups.manage.name')} value={value} onChange={onChange} error={error} required />;
}
