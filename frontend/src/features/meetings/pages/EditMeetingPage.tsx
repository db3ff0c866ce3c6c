import { updateMeetingSchema, type Meeting, type ResourceSummary } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { FormAlert } from '../../../components/FormAlert';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../../components/States';
import { TextAreaField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { MeetingFields } from '../components/MeetingFields';
import { OutputsPicker } from '../components/OutputsPicker';
import { useMeeting, useUpdateMeeting } from '../hooks/useMeetings';
import { meetingFormOf, toUpdateRequest, type MeetingFormValues } from '../meetingForm';

/** Editing a meeting; afterwards, its minutes and outputs. */
export function EditMeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useMeeting(id);
  usePageTitle(t('meetings.form.editTitle'));
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data.canManage) return <ForbiddenPage />;
  return <EditMeetingForm meeting={query.data} />;
}

function EditMeetingForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [outputs, setOutputs] = useState<ResourceSummary[]>(meeting.outputs);
  const form = useSchemaForm<MeetingFormValues, typeof updateMeetingSchema>({
    schema: updateMeetingSchema,
    defaultValues: meetingFormOf(meeting),
    toInput: (values) =>
      toUpdateRequest(
        values,
        outputs.map((output) => output.id),
      ),
  });
  const update = useUpdateMeeting(meeting.id);
  const submit = form.submit((body) => {
    update.mutate(body, {
      onSuccess: () => void navigate(`/meetings/${meeting.id}`),
      onError: (error) => form.showServerError(error),
    });
  });
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>{t('meetings.form.editTitle')}</h1>
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <MeetingFields form={form} idPrefix="edit-meeting" />
        <TextAreaField
          id="edit-meeting-minutes"
          label={t('meetings.form.minutesLabel')}
          hint={t('meetings.form.minutesHint')}
          {...form.field('minutes')}
          rows={8}
          optional
        />
        <OutputsPicker chosen={outputs} onChange={setOutputs} />
        <div className="form__actions">
          <Button type="submit" busy={update.isPending} busyLabel={t('meetings.form.saving')}>
            {t('meetings.form.submitEdit')}
          </Button>
          <Link to={`/meetings/${meeting.id}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
