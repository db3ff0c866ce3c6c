import { createFeedbackSchema, SETTINGS, type Practice, type Setting } from '@pn/shared';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { CountrySelect } from '../../../components/VocabularyFields';
import { useLocale } from '../../../lib/useLocale';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useCreateFeedback } from '../hooks/usePracticeMutations';
import { useFeedbackList } from '../hooks/usePractices';

/** Practitioners' reports of implementing the practice: a summary, the reports, and a form to add one. */
export function FeedbackSection({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  return (
    <section className="section" id="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('practices.feedback.title')}</h2>
      <p className="muted">{t('practices.feedback.intro')}</p>
      <FeedbackSummary summary={practice.feedbackSummary} />
      <FeedbackList practiceId={practice.id} />
      {practice.canGiveFeedback ? (
        <p>
          <Link to={`/research-questions/new?practiceId=${practice.id}`}>{t('research.feedback.raiseOnPractice')}</Link>
        </p>
      ) : null}
      {practice.canGiveFeedback ? <FeedbackForm practiceId={practice.id} /> : null}
    </section>
  );
}

function FeedbackSummary({ summary }: { summary: Practice['feedbackSummary'] }) {
  const { t } = useTranslation();
  const { countryName, formatList, locale } = useLocale();
  if (summary.count === 0) return <p>{t('practices.feedback.empty')}</p>;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <div className="card feedback-summary">
      <h3 className="card__title">{t('practices.feedback.summaryTitle')}</h3>
      <ul className="meta-list">
        <li>{t('practices.feedback.reports', { count: summary.count })}</li>
        <li>
          {summary.averageUsefulness === null
            ? t('practices.feedback.noUsefulness')
            : t('practices.feedback.averageUsefulness', { value: number.format(summary.averageUsefulness) })}
        </li>
        <li>{t('practices.feedback.reached', { reached: number.format(summary.totalReached) })}</li>
      </ul>
      {summary.countries.length > 0 ? (
        <p>
          {t('practices.feedback.where', {
            countries: formatList(
              summary.countries.map(({ country, count }) =>
                t('practices.feedback.countryCount', { country: countryName(country), count }),
              ),
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}

function FeedbackList({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { countryName, formatDate } = useLocale();
  const list = useFeedbackList(practiceId);
  const { user } = useCurrentUser();
  return (
    <PagedResults list={list} empty={null} className="feedback-list">
      {(item) => (
        <li key={item.id} className="card feedback">
          <p className="feedback__meta">
            {t('practices.feedback.itemMeta', {
              country: countryName(item.country),
              setting: t(`practices.settings.${item.setting}`),
              reached: item.reached,
              usefulness: item.usefulness,
            })}
          </p>
          <p>
            <strong>{t('practices.feedback.workedLabel')}</strong> <span className="pre-line">{item.worked}</span>
          </p>
          <p>
            <strong>{t('practices.feedback.didNotWorkLabel')}</strong>{' '}
            <span className="pre-line">{item.didNotWork}</span>
          </p>
          <p className="muted">
            {t('practices.feedback.by', {
              name: item.author?.displayName ?? t('practices.feedback.someone'),
              date: formatDate(item.createdAt),
            })}
          </p>
          {isActive(user) ? (
            <p>
              <Link to={`/research-questions/new?practiceId=${practiceId}&feedbackId=${item.id}`}>
                {t('research.feedback.raise')}
              </Link>
            </p>
          ) : null}
        </li>
      )}
    </PagedResults>
  );
}

interface FeedbackValues {
  country: string;
  setting: Setting | '';
  reached: string;
  worked: string;
  didNotWork: string;
  usefulness: string;
}

const EMPTY: FeedbackValues = { country: '', setting: '', reached: '', worked: '', didNotWork: '', usefulness: '' };

/** A number as typed; empty is left undefined for the schema to ask for. */
const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

function FeedbackForm({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useSchemaForm({
    schema: createFeedbackSchema,
    defaultValues: EMPTY,
    toInput: (values) => ({
      country: values.country,
      setting: values.setting as Setting,
      reached: toNumber(values.reached) as number,
      worked: values.worked,
      didNotWork: values.didNotWork,
      usefulness: toNumber(values.usefulness) as number,
    }),
  });
  const create = useCreateFeedback(practiceId);

  const submit = form.submit((body) => {
    create.mutate(body, {
      onSuccess: () => {
        form.reset(EMPTY);
        setSent(true);
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <section className="card feedback-form" aria-labelledby="feedback-form-title">
      <h3 id="feedback-form-title" className="card__title">
        {t('practices.feedback.add')}
      </h3>
      <p className="muted">{t('practices.feedback.addIntro')}</p>
      <StatusMessage message={sent ? t('practices.feedback.sent') : null} />
      <form
        id={form.formId}
        className="form"
        onSubmit={(event) => {
          setSent(false);
          void submit(event);
        }}
        noValidate
      >
        <FormAlert messages={form.formErrors} />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <CountrySelect
              id="feedback-country"
              value={field.value}
              onChange={field.onChange}
              error={form.fieldError('country')}
              required
            />
          )}
        />
        <SelectField
          id="feedback-setting"
          label={t('practices.feedback.setting')}
          placeholder={t('practices.feedback.settingPlaceholder')}
          options={SETTINGS.map((value) => ({ value, label: t(`practices.settings.${value}`) }))}
          {...form.field('setting')}
          required
        />
        <TextField
          id="feedback-reached"
          label={t('practices.feedback.reachedField')}
          hint={t('practices.feedback.reachedHint')}
          {...form.field('reached')}
          required
        />
        <TextAreaField id="feedback-worked" label={t('practices.feedback.worked')} {...form.field('worked')} />
        <TextAreaField
          id="feedback-did-not-work"
          label={t('practices.feedback.didNotWork')}
          {...form.field('didNotWork')}
        />
        <SelectField
          id="feedback-usefulness"
          label={t('practices.feedback.usefulness')}
          hint={t('practices.feedback.usefulnessHint')}
          placeholder=""
          options={[1, 2, 3, 4, 5].map((value) => ({
            value: String(value),
            label: t('practices.feedback.usefulnessValue', { value }),
          }))}
          {...form.field('usefulness')}
          required
        />
        <div className="form__actions">
          <Button type="submit" busy={create.isPending} busyLabel={t('practices.feedback.sending')}>
            {t('practices.feedback.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
