import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useLocale } from '../../../lib/useLocale';
import { practiceHref } from '../api';
import { PracticeForm } from '../components/PracticeForm';
import { useCreatePractice } from '../hooks/usePracticeMutations';
import { emptyPracticeValues } from '../practiceForm';
import '../practices.css';

/** Any active member proposes a practice: it is saved as their draft, to submit from its page. */
export function NewPracticePage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.form.newTitle'));
  const { locale } = useLocale();
  const navigate = useNavigate();
  const create = useCreatePractice();
  // The initial values are taken once: a change of interface language does not reset the form.
  const [initial] = useState(() => emptyPracticeValues(locale));

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/practices">{t('practices.title')}</Link>
      </p>
      <h1>{t('practices.form.newTitle')}</h1>
      <p className="lead">{t('practices.form.newIntro')}</p>
      <PracticeForm
        initial={initial}
        submitLabel={t('practices.form.create')}
        busyLabel={t('practices.form.creating')}
        busy={create.isPending}
        cancelTo="/practices"
        onSubmit={(body, form) =>
          create.mutate(body, {
            onSuccess: (practice) => void navigate(practiceHref(practice)),
            onError: (error) => form.showServerError(error),
          })
        }
      />
    </div>
  );
}
