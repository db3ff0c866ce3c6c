import { COMPLETENESS_ELEMENTS, type Practice } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/useLocale';
import { PracticeMarkdown } from './PracticeMarkdown';

/** What the practice is, for whom and where, and what an implementer needs to know. */
export function PracticeDetails({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { countryName, languageName, formatList } = useLocale();
  const notGiven = t('common.notGiven');
  const rows: [string, string][] = [
    [
      t('practices.page.targetGroups'),
      formatList(practice.targetGroups.map((group) => t(`practices.targetGroups.${group}`))),
    ],
    [t('practices.page.preventionLevel'), t(`practices.levels.${practice.preventionLevel}`)],
    [t('practices.page.settings'), formatList(practice.settings.map((setting) => t(`practices.settings.${setting}`)))],
    [
      t('practices.page.countries'),
      practice.countries.length ? formatList(practice.countries.map(countryName)) : notGiven,
    ],
    [
      t('practices.page.languages'),
      practice.languages.length ? formatList(practice.languages.map(languageName)) : notGiven,
    ],
    [t('practices.page.organisation'), practice.organisation],
    [t('practices.page.contact'), practice.contact ?? notGiven],
    [t('practices.page.startYear'), practice.startYear === null ? notGiven : String(practice.startYear)],
    [
      t('practices.page.survivorInvolvement'),
      [t(`practices.survivorInvolvements.${practice.survivorInvolvement}`), practice.survivorNote]
        .filter(Boolean)
        .join(': '),
    ],
    [t('practices.page.writtenIn'), languageName(practice.language)],
  ];
  return (
    <>
      <section className="section" id="description" aria-labelledby="description-title">
        <h2 id="description-title">{t('practices.page.description')}</h2>
        <PracticeMarkdown text={practice.description} />
      </section>
      <section className="section" aria-labelledby="classification-title">
        <h2 id="classification-title">{t('practices.page.classification')}</h2>
        <dl className="facts practice-facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="pre-line">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="emmie-title">
        <h2 id="emmie-title">{t('practices.fields.emmieTitle')}</h2>
        {COMPLETENESS_ELEMENTS.map((element) => (
          <div key={element} className="practice-element">
            <h3>{t(`practices.fields.${element}`)}</h3>
            {practice[element] ? (
              <p className="pre-line">{practice[element]}</p>
            ) : (
              <p className="muted">{t('practices.page.elementMissing')}</p>
            )}
          </div>
        ))}
      </section>
    </>
  );
}
