import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { useQuestionList } from '../hooks/useResearch';

/** The research questions an evaluation answers, linked back (members read research questions). */
export function AnsweredQuestions({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const list = useQuestionList({ evaluationId }, isActive(user));
  if (list.items.length === 0) return null;
  return (
    <p className="answered-questions">
      {t('research.evaluations.answers')}{' '}
      {list.items.map((question, index) => (
        <span key={question.id}>
          {index > 0 ? ', ' : null}
          <Link to={`/research-questions/${question.id}`}>{question.title}</Link>
        </span>
      ))}
    </p>
  );
}
