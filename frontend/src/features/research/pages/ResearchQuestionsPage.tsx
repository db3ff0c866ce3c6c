import { RESEARCH_QUESTION_STATUSES } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { EmptyState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { parseQuestionFilters, toParams } from '../api';
import { QuestionSubject } from '../components/QuestionSubject';
import { useQuestionList } from '../hooks/useResearch';

/** The questions the field asks of research, the most voted first. */
export function ResearchQuestionsPage() {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  usePageTitle(t('research.questions.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseQuestionFilters(params), [params]);
  const list = useQuestionList(filters);
  return (
    <div className="page research-questions-page">
      <h1>{t('research.questions.title')}</h1>
      <p className="lead">{t('research.questions.intro')}</p>
      <p className="actions-row">
        <Link to="/research-questions/new" className="button button--primary">
          {t('research.questions.raise')}
        </Link>
        <Link to="/evidence/gap-map">{t('research.questions.toGapMap')}</Link>
      </p>
      <form
        className="research-filters"
        aria-label={t('research.questions.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="questions-status"
          label={t('research.questions.status')}
          placeholder={t('research.questions.anyStatus')}
          options={RESEARCH_QUESTION_STATUSES.map((value) => ({ value, label: t(`research.statuses.${value}`) }))}
          value={filters.status ?? ''}
          onChange={(status) => setParams(toParams({ ...filters, status: status || undefined }), { replace: true })}
        />
      </form>
      <section className="section" aria-labelledby="questions-results">
        <h2 id="questions-results">{t('research.questions.resultsTitle')}</h2>
        <PagedResults
          list={list}
          className="question-list"
          label={t('research.questions.resultsTitle')}
          empty={
            <EmptyState title={t('research.questions.emptyTitle')} headingLevel={3}>
              <p>{t('research.questions.emptyText')}</p>
            </EmptyState>
          }
        >
          {(question) => (
            <li key={question.id} className="card question-card">
              <h3 className="card__title">
                <Link to={`/research-questions/${question.id}`}>{question.title}</Link>
              </h3>
              <p className="question-card__meta">
                <span className={`badge question-status question-status--${question.status}`}>
                  {t(`research.statuses.${question.status}`)}
                </span>
                <span>{t('research.questions.votes', { count: question.votes })}</span>
                <QuestionSubject question={question} />
              </p>
              <p className="muted">
                {t('research.questions.raisedBy', {
                  name: question.author?.displayName ?? t('research.questions.someone'),
                  date: formatDate(question.createdAt),
                })}
              </p>
            </li>
          )}
        </PagedResults>
      </section>
    </div>
  );
}
