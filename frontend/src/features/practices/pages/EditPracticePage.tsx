import type { Practice } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { practiceHref } from '../api';
import { authorStep, isPublished } from '../curation';
import { PracticeForm } from '../components/PracticeForm';
import { PracticeNotFound } from '../components/PracticeNotFound';
import { usePractice } from '../hooks/usePractices';
import { useUpdatePractice } from '../hooks/usePracticeMutations';
import { changedPracticeFields, valuesFromContent } from '../practiceForm';
import '../practices.css';

/**
 * The author edits their practice. A draft or returned one changes in place; a published one gets a new
 * revision (the pending one, when there is one already) while the published text stays visible.
 */
export function EditPracticePage() {
  const { id = '' } = useParams();
  const practice = usePractice(id);
  const { t } = useTranslation();
  usePageTitle(practice.data ? t('practices.form.editTitle', { title: practice.data.title }) : null);

  if (practice.isPending) return <LoadingState />;
  if (practice.isError) {
    if (isApiError(practice.error) && practice.error.status === 404) return <PracticeNotFound />;
    return <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />;
  }
  return <EditPractice practice={practice.data} />;
}

function EditPractice({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdatePractice(practice.id);
  // A published practice is edited from its pending change when there is one, else from the published text.
  const base = practice.pendingRevision?.content ?? practice;
  const [initial] = useState(() => valuesFromContent(base, practice.relatedResources));
  const step = authorStep(practice);
  const href = practiceHref(practice);

  const blocked = !practice.canEdit
    ? t('practices.form.notAllowed')
    : practice.curationLabel === 'archived'
      ? t('practices.form.archived')
      : step === 'under-review'
        ? t('practices.form.underReview')
        : null;

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/practices">{t('practices.title')}</Link> › <Link to={href}>{practice.title}</Link>
      </p>
      <h1>{t('practices.form.editTitle', { title: practice.title })}</h1>
      {blocked ? (
        <div className="alert alert--info">
          <p>{blocked}</p>
          <p>
            <Link to={href}>{practice.title}</Link>
          </p>
        </div>
      ) : (
        <PracticeForm
          initial={initial}
          submitLabel={t('practices.form.save')}
          busyLabel={t('practices.form.saving')}
          busy={update.isPending}
          cancelTo={href}
          onSubmit={(parsed, form) => {
            const changes = changedPracticeFields(base, parsed);
            if (Object.keys(changes).length === 0) {
              form.setProblems({}, [{ key: 'validation.nothingToChange' }]);
              return;
            }
            update.mutate(changes, {
              onSuccess: (saved) => void navigate(practiceHref(saved)),
              onError: (error) => form.showServerError(error),
            });
          }}
        >
          {isPublished(practice) ? (
            <div className="alert alert--info" role="note">
              <p>{t('practices.form.publishedNotice')}</p>
              {practice.pendingRevision ? (
                <p>{t('practices.form.pendingNotice', { number: practice.pendingRevision.number })}</p>
              ) : null}
            </div>
          ) : null}
        </PracticeForm>
      )}
    </div>
  );
}
