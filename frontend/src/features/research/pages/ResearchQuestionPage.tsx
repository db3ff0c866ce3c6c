import type { ResearchQuestion } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../../components/States';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { useCurrentUser } from '../../../lib/currentUser';
import { isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';
import { hasRole } from '../../../lib/permissions';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { QuestionSubject } from '../components/QuestionSubject';
import { useQuestion, useQuestionActions } from '../hooks/useResearch';

export function ResearchQuestionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const question = useQuestion(id);
  usePageTitle(question.data?.title ?? t('research.questions.title'));
  if (question.isPending) return <LoadingState />;
  if (question.isError) {
    if (isApiError(question.error) && (question.error.status === 404 || question.error.status === 400)) {
      return <NotFoundPage />;
    }
    return <ErrorState error={question.error} onRetry={() => void question.refetch()} />;
  }
  return <QuestionView question={question.data} />;
}

function QuestionView({ question }: { question: ResearchQuestion }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  return (
    <div className="page research-question-page">
      <p>
        <Link to="/research-questions">{t('research.question.back')}</Link>
      </p>
      <h1>{question.title}</h1>
      <p className="question-card__meta">
        <span className={`badge question-status question-status--${question.status}`}>
          {t(`research.statuses.${question.status}`)}
        </span>
        <QuestionSubject question={question} />
      </p>
      {question.mergedIntoId ? (
        <p className="alert alert--info">
          {t('research.question.merged')}{' '}
          <Link to={`/research-questions/${question.mergedIntoId}`}>{t('research.question.openKept')}</Link>
        </p>
      ) : null}
      <p className="pre-line">{question.body}</p>
      <p className="muted">
        {t('research.questions.raisedBy', {
          name: question.author?.displayName ?? t('research.questions.someone'),
          date: formatDate(question.createdAt),
        })}
      </p>
      {question.claimer ? <p>{t('research.question.claimedBy', { name: question.claimer.displayName })}</p> : null}
      {question.answerEvaluationId ? (
        <p>
          {question.practice ? (
            <Link to={`/practices/${question.practice.id}#evaluation-${question.answerEvaluationId}`}>
              {t('research.question.answer')}
            </Link>
          ) : (
            t('research.question.answeredBy', { id: question.answerEvaluationId })
          )}
        </p>
      ) : null}
      {question.mergedIntoId ? null : <QuestionActions question={question} />}
    </div>
  );
}

function QuestionActions({ question }: { question: ResearchQuestion }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const actions = useQuestionActions(question.id);
  const [evaluationId, setEvaluationId] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [confirmMerge, setConfirmMerge] = useState(false);
  const failed = Object.values(actions).find((action) => action.isError)?.error;
  const researcher = hasRole(user, ['researcher']);
  const claimer = user !== null && question.claimer?.id === user?.id;
  return (
    <section className="section" aria-labelledby="question-actions-title">
      <h2 id="question-actions-title">{t('research.question.actionsTitle')}</h2>
      <FormAlert messages={failed ? [errorMessage(failed)] : []} />
      <p className="actions-row">
        <Button
          variant="secondary"
          aria-pressed={question.myVote}
          busy={actions.vote.isPending}
          onClick={() => actions.vote.mutate(!question.myVote)}
        >
          {question.myVote ? t('research.question.unvote') : t('research.question.vote')}
        </Button>
        <span>{t('research.questions.votes', { count: question.votes })}</span>
        <Button
          variant="secondary"
          aria-pressed={question.following}
          busy={actions.follow.isPending}
          onClick={() => actions.follow.mutate(!question.following)}
        >
          {question.following ? t('research.question.unfollow') : t('research.question.follow')}
        </Button>
      </p>
      {researcher && question.status === 'open' ? (
        <div className="card">
          <p>{t('research.question.claimText')}</p>
          <Button busy={actions.claim.isPending} onClick={() => actions.claim.mutate()}>
            {t('research.question.claim')}
          </Button>
        </div>
      ) : null}
      {claimer && question.status === 'planned' ? (
        <p>
          <Button busy={actions.move.isPending} onClick={() => actions.move.mutate({ status: 'under-way' })}>
            {t('research.question.startStudy')}
          </Button>
        </p>
      ) : null}
      {claimer && (question.status === 'planned' || question.status === 'under-way') ? (
        <form
          className="form card"
          onSubmit={(event) => {
            event.preventDefault();
            actions.move.mutate({ status: 'answered', evaluationId: evaluationId.trim() });
          }}
        >
          <TextField
            id="question-evaluation"
            label={t('research.question.evaluationField')}
            hint={t('research.question.evaluationHint')}
            value={evaluationId}
            onChange={setEvaluationId}
            required
          />
          <div className="form__actions">
            <Button type="submit" busy={actions.move.isPending}>
              {t('research.question.markAnswered')}
            </Button>
          </div>
        </form>
      ) : null}
      {hasRole(user, ['coordinator', 'admin']) ? (
        <form
          className="form card"
          onSubmit={(event) => {
            event.preventDefault();
            if (mergeInto.trim()) setConfirmMerge(true);
          }}
        >
          <TextField
            id="question-merge"
            label={t('research.question.mergeField')}
            hint={t('research.question.mergeHint')}
            value={mergeInto}
            onChange={setMergeInto}
          />
          <div className="form__actions">
            <Button type="submit" variant="secondary">
              {t('research.question.merge')}
            </Button>
          </div>
        </form>
      ) : null}
      {confirmMerge ? (
        <ConfirmDialog
          title={t('research.question.mergeConfirmTitle')}
          confirmLabel={t('research.question.merge')}
          busy={actions.merge.isPending}
          danger
          onCancel={() => setConfirmMerge(false)}
          onConfirm={() => {
            const into = mergeInto.trim().split('/').pop() ?? '';
            actions.merge.mutate(into, { onSettled: () => setConfirmMerge(false) });
          }}
        >
          <p>{t('research.question.mergeConfirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
