import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import type { SchemaForm } from '../../../lib/useSchemaForm';
import type { MeetingFormValues } from '../meetingForm';
import { timeZoneOptions } from '../time';

type FieldsForm = Pick<SchemaForm<MeetingFormValues, unknown>, 'field' | 'fieldError' | 'register'>;

/** The fields of a meeting, shared by scheduling and editing. */
export function MeetingFields({ form, idPrefix }: { form: FieldsForm; idPrefix: string }) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneOptions().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })), []);
  const dateTime = (name: 'startsAt' | 'endsAt', label: string) => (
    <FormField
      id={`${idPrefix}-${name}`}
      label={label}
      hint={t('meetings.form.timesHint')}
      error={form.fieldError(name)}
      required
    >
      {(control) => <input {...control} className="input" type="datetime-local" required {...form.register(name)} />}
    </FormField>
  );
  return (
    <>
      <TextField id={`${idPrefix}-title`} label={t('meetings.form.titleLabel')} {...form.field('title')} required />
      <TextAreaField
        id={`${idPrefix}-agenda`}
        label={t('meetings.form.agendaLabel')}
        hint={t('meetings.form.agendaHint')}
        {...form.field('agenda')}
        rows={6}
      />
      <div className="meeting-form__times">
        {dateTime('startsAt', t('meetings.form.startsLabel'))}
        {dateTime('endsAt', t('meetings.form.endsLabel'))}
      </div>
      <SelectField
        id={`${idPrefix}-timeZone`}
        label={t('meetings.form.zoneLabel')}
        options={zones}
        {...form.field('timeZone')}
        required
      />
      <TextField
        id={`${idPrefix}-onlineUrl`}
        label={t('meetings.form.onlineUrlLabel')}
        hint={t('meetings.form.onlineUrlHint')}
        {...form.field('onlineUrl')}
        optional
      />
      <TextField
        id={`${idPrefix}-location`}
        label={t('meetings.form.locationLabel')}
        hint={t('meetings.form.locationHint')}
        {...form.field('location')}
        optional
      />
      <TextField
        id={`${idPrefix}-capacity`}
        label={t('meetings.form.capacityLabel')}
        hint={t('meetings.form.capacityHint')}
        inputMode="numeric"
        {...form.field('capacity')}
        optional
      />
    </>
  );
}
