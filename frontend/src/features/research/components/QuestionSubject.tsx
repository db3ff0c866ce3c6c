import type { ResearchQuestion } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a question is about: its practice, its cell of the gap map, or both. */
export function QuestionSubject({ question }: { question: ResearchQuestion }) {
  const { t } = useTranslation();
  return (
    <>
      {question.practice ? (
        <span>
          {t('research.questions.aboutPractice')}{' '}
          <Link to={`/practices/${question.practice.id}`}>{question.practice.title}</Link>
        </span>
      ) : null}
      {question.targetGroup && question.construct ? (
        <span>
          {t('research.questions.aboutCell', {
            group: t(`practices.targetGroups.${question.targetGroup}`),
            construct: t(`evidence.constructs.${question.construct}`),
          })}
        </span>
      ) : null}
    </>
  );
}
