import {
  createResearchQuestionSchema,
  OUTCOME_CONSTRUCTS,
  TARGET_GROUPS,
  type OutcomeConstruct,
  type TargetGroup,
} from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField, TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useCreateQuestion } from '../hooks/useResearch';

interface QuestionValues {
  title: string;
  body: string;
  targetGroup: TargetGroup | '';
  construct: OutcomeConstruct | '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidParam = (params: URLSearchParams, name: string) => {
  const value = params.get(name);
  return value && UUID.test(value) ? value : undefined;
};
const pick = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';

/**
 * Raise a research question: from a practice (and the feedback that prompted it), from a cell of the gap
 * map, or from scratch, naming the cell it is about.
 */
export function NewResearchQuestionPage() {
  const { t } = useTranslation();
  usePageTitle(t('research.new.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const practiceId = uuidParam(params, 'practiceId');
  const feedbackId = practiceId ? uuidParam(params, 'feedbackId') : undefined;
  const create = useCreateQuestion();
  const form = useSchemaForm({
    schema: createResearchQuestionSchema,
    defaultValues: {
      title: '',
      body: '',
      targetGroup: pick(TARGET_GROUPS, params.get('targetGroup')),
      construct: pick(OUTCOME_CONSTRUCTS, params.get('construct')),
    } satisfies QuestionValues as QuestionValues,
    toInput: (values) => ({
      title: values.title,
      body: values.body,
      practiceId,
      feedbackId,
      targetGroup: values.targetGroup || undefined,
      construct: values.construct || undefined,
    }),
  });
  const submit = form.submit((body) =>
    create.mutate(body, {
      onSuccess: (question) => navigate(`/research-questions/${question.id}`),
      onError: (error) => form.showServerError(error),
    }),
  );
  return (
    <div className="page research-new-page">
      <h1>{t('research.new.title')}</h1>
      <p className="lead">{t('research.new.intro')}</p>
      {practiceId ? (
        <p className="alert alert--info">
          {feedbackId ? t('research.new.fromFeedback') : t('research.new.fromPractice')}{' '}
          <Link to={`/practices/${practiceId}`}>{t('research.new.openPractice')}</Link>
        </p>
      ) : null}
      <form id={form.formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert messages={form.formErrors} />
        <TextField id="question-title" label={t('research.new.titleField')} {...form.field('title')} required />
        <TextAreaField
          id="question-body"
          label={t('research.new.bodyField')}
          hint={t('research.new.bodyHint')}
          rows={6}
          {...form.field('body')}
        />
        <fieldset className="fieldset">
          <legend>{practiceId ? t('research.new.cellOptional') : t('research.new.cell')}</legend>
          <SelectField
            id="question-target-group"
            label={t('research.new.targetGroup')}
            placeholder={t('research.new.chooseTargetGroup')}
            options={TARGET_GROUPS.map((value) => ({ value, label: t(`practices.targetGroups.${value}`) }))}
            {...form.field('targetGroup')}
            optional={Boolean(practiceId)}
          />
          <SelectField
            id="question-construct"
            label={t('research.new.construct')}
            placeholder={t('research.new.chooseConstruct')}
            options={OUTCOME_CONSTRUCTS.map((value) => ({ value, label: t(`evidence.constructs.${value}`) }))}
            {...form.field('construct')}
            optional={Boolean(practiceId)}
          />
        </fieldset>
        <FormActions
          submitLabel={t('research.new.submit')}
          busy={create.isPending}
          busyLabel={t('research.new.submitting')}
          cancelTo="/research-questions"
          cancelLabel={t('common.cancel')}
        />
      </form>
    </div>
  );
}
