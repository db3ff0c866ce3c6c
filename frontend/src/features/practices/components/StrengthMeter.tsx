import type { EvidenceStrength } from '@pn/shared';
import { useTranslation } from 'react-i18next';

/** The strength of evidence as four steps, with its number and name in words (the steps are decoration). */
export function StrengthMeter({ strength }: { strength: EvidenceStrength }) {
  const { t } = useTranslation();
  return (
    <span className="strength">
      <span className="strength__steps" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= strength ? 'strength__step strength__step--on' : 'strength__step'} />
        ))}
      </span>
      <span className="strength__text">
        {t('evidence.strength', { strength })} ({t(`evidence.strengths.${strength}`)})
      </span>
    </span>
  );
}
