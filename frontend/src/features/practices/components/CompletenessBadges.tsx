import { COMPLETENESS_ELEMENTS, type CompletenessElement, type CompletenessLevel } from '@pn/shared';
import { useTranslation } from 'react-i18next';

/** Whether the practice describes its mechanism, context, implementation and cost: none, some or good. */
export function CompletenessBadges({ completeness }: { completeness: Record<CompletenessElement, CompletenessLevel> }) {
  const { t } = useTranslation();
  return (
    <ul className="completeness">
      {COMPLETENESS_ELEMENTS.map((element) => {
        const level = completeness[element];
        return (
          <li key={element} className={`completeness__badge completeness__badge--${level}`}>
            <span aria-hidden="true" className="completeness__icon">
              {level === 'good' ? '●' : level === 'some' ? '◐' : '○'}
            </span>{' '}
            {t('evidence.completeness.badge', {
              element: t(`evidence.completeness.elements.${element}`),
              level: t(`evidence.completeness.levels.${level}`),
            })}
          </li>
        );
      })}
    </ul>
  );
}
