import { EFFECT_DIRECTIONS, OUTCOME_CONSTRUCTS, OUTCOME_MEASURES } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import type { OutcomeField, OutcomeRow } from '../evaluationForm';

interface OutcomeRowFieldsProps {
  idPrefix: string;
  number: number;
  row: OutcomeRow;
  errors: Partial<Record<OutcomeField, Message>>;
  canRemove: boolean;
  onChange: (patch: Partial<OutcomeRow>) => void;
  onRemove: () => void;
}

/** One outcome of an evaluation: what was measured, how, and what was found. */
export function OutcomeRowFields({
  idPrefix,
  number,
  row,
  errors,
  canRemove,
  onChange,
  onRemove,
}: OutcomeRowFieldsProps) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-${name}`;
  const headingId = id('heading');
  return (
    <li className="outcome-row" aria-labelledby={headingId}>
      <div className="outcome-row__header">
        <h4 id={headingId}>{t('practices.evaluations.outcomeRow', { number })}</h4>
        {canRemove ? (
          <Button variant="link" className="button--small" onClick={onRemove}>
            {t('practices.evaluations.removeOutcome', { number })}
          </Button>
        ) : null}
      </div>
      <SelectField
        id={id('construct')}
        label={t('practices.evaluations.construct')}
        placeholder={t('practices.evaluations.constructPlaceholder')}
        options={OUTCOME_CONSTRUCTS.map((value) => ({ value, label: t(`evidence.constructs.${value}`) }))}
        value={row.construct}
        onChange={(value) => onChange({ construct: value as OutcomeRow['construct'] })}
        error={errors.construct}
        required
      />
      <TextField
        id={id('label')}
        label={t('practices.evaluations.label')}
        value={row.label}
        onChange={(label) => onChange({ label })}
        error={errors.label}
        optional
      />
      <SelectField
        id={id('measure')}
        label={t('practices.evaluations.measure')}
        placeholder={t('practices.evaluations.measurePlaceholder')}
        options={OUTCOME_MEASURES.map((value) => ({ value, label: t(`evidence.measures.${value}`) }))}
        value={row.measure}
        onChange={(value) => onChange({ measure: value as OutcomeRow['measure'] })}
        error={errors.measure}
        required
      />
      <SelectField
        id={id('direction')}
        label={t('practices.evaluations.direction')}
        placeholder={t('practices.evaluations.directionPlaceholder')}
        options={EFFECT_DIRECTIONS.map((value) => ({ value, label: t(`evidence.effectDirections.${value}`) }))}
        value={row.direction}
        onChange={(value) => onChange({ direction: value as OutcomeRow['direction'] })}
        error={errors.direction}
        required
      />
      <div className="checkbox-field">
        <input
          id={id('significant')}
          type="checkbox"
          checked={row.significant}
          onChange={(event) => onChange({ significant: event.target.checked })}
        />
        <label htmlFor={id('significant')}>{t('practices.evaluations.significant')}</label>
      </div>
      <div className="form__row">
        <TextField
          id={id('effect')}
          label={t('practices.evaluations.effectSize')}
          hint={t('practices.evaluations.effectSizeHint')}
          value={row.effectSize}
          onChange={(effectSize) => onChange({ effectSize })}
          error={errors.effectSize}
          optional
        />
        <TextField
          id={id('ci-low')}
          label={t('practices.evaluations.ciLow')}
          value={row.ciLow}
          onChange={(ciLow) => onChange({ ciLow })}
          error={errors.ciLow}
          optional
        />
        <TextField
          id={id('ci-high')}
          label={t('practices.evaluations.ciHigh')}
          value={row.ciHigh}
          onChange={(ciHigh) => onChange({ ciHigh })}
          error={errors.ciHigh}
          optional
        />
      </div>
      <div className="checkbox-field">
        <input
          id={id('sustained')}
          type="checkbox"
          checked={row.sustained12Months}
          onChange={(event) => onChange({ sustained12Months: event.target.checked })}
        />
        <label htmlFor={id('sustained')}>{t('practices.evaluations.sustained')}</label>
      </div>
    </li>
  );
}
