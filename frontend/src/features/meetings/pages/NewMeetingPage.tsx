import { createMeetingSchema } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { useCurrentUser } from '../../../lib/currentUser';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useGroupList } from '../../groups';
import { MeetingFields } from '../components/MeetingFields';
import { useCreateMeeting } from '../hooks/useMeetings';
import { emptyMeetingForm, toCreateRequest, type MeetingFormValues } from '../meetingForm';

/** Scheduling a meeting of a group: its coordinators, and network coordinators (who may invite the whole network). */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const groups = useGroupList();
  const group = groups.data?.find((candidate) => candidate.slug === slug);
  const networkWideAllowed = user?.role === 'coordinator' && group?.visibility === 'public';
  usePageTitle(t('meetings.form.newTitle'));
  const form = useSchemaForm<MeetingFormValues, typeof createMeetingSchema>({
    schema: createMeetingSchema,
    defaultValues: emptyMeetingForm(),
    toInput: (values) => toCreateRequest(values, networkWideAllowed),
  });
  const create = useCreateMeeting(slug);
  const submit = form.submit((body) => {
    create.mutate(body, {
      onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`),
      onError: (error) => form.showServerError(error),
    });
  });
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/groups/${slug}`}>{group?.name ?? slug}</Link>
      </p>
      <h1>{t('meetings.form.newTitle')}</h1>
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <MeetingFields form={form} idPrefix="new-meeting" />
        {networkWideAllowed ? (
          <div className="checkbox-field">
            <input
              id="new-meeting-networkWide"
              type="checkbox"
              aria-describedby="new-meeting-networkWide-hint"
              {...form.register('networkWide')}
            />
            <label htmlFor="new-meeting-networkWide">{t('meetings.form.networkWideLabel')}</label>
            <p id="new-meeting-networkWide-hint" className="field__hint">
              {t('meetings.form.networkWideHint')}
            </p>
          </div>
        ) : null}
        <div className="form__actions">
          <Button type="submit" busy={create.isPending} busyLabel={t('meetings.form.saving')}>
            {t('meetings.form.submitNew')}
          </Button>
          <Link to={`/groups/${slug}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
