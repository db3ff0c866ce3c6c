import { MEETING_RESPONSES, type Meeting, type MeetingResponse } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import type { Message } from '../../../i18n/types';
import { useAnswerMeeting } from '../hooks/useMeetings';

/** Going, maybe or not going: the chosen answer is pressed; a full meeting puts "going" on the waiting list. */
export function AnswerControls({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const answer = useAnswerMeeting(meeting.id);
  const [problem, setProblem] = useState<Message[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const choose = (response: MeetingResponse) => {
    setProblem([]);
    setStatus(null);
    answer.mutate(response, {
      onSuccess: (result) =>
        setStatus(result.waitlisted ? t('meetings.answer.waitlisted') : t('meetings.answer.saved')),
      onError: (error) => setProblem([errorMessage(error)]),
    });
  };
  return (
    <div className="meeting-answer">
      <h2 id="meeting-answer-title" className="meeting-answer__title">
        {t('meetings.answer.legend')}
      </h2>
      <FormAlert messages={problem} />
      <div className="meeting-answer__buttons" role="group" aria-labelledby="meeting-answer-title">
        {MEETING_RESPONSES.map((response) => (
          <Button
            key={response}
            variant={meeting.myResponse === response ? 'primary' : 'secondary'}
            aria-pressed={meeting.myResponse === response}
            busy={answer.isPending && answer.variables === response}
            onClick={() => choose(response)}
          >
            {t(`meetings.answer.${response}`)}
          </Button>
        ))}
      </div>
      {meeting.myWaitlisted ? <p className="alert alert--info">{t('meetings.answer.waitlisted')}</p> : null}
      <StatusMessage message={status} />
    </div>
  );
}
