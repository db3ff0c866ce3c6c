import type { EvidenceRule } from '@pn/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useEvidenceRule } from '../hooks/usePractices';
import '../practices.css';

/**
 * "How we rate evidence": the rule in force, drawn from `GET /api/evidence/rule`, the constants the rating code
 * applies, so that the page cannot say one thing while the code does another.
 */
export function EvidenceRulePage() {
  const { t } = useTranslation();
  usePageTitle(t('evidence.rulePage.title'));
  const rule = useEvidenceRule();
  return (
    <div className="page evidence-rule-page">
      <h1>{t('evidence.rulePage.title')}</h1>
      {rule.isPending ? (
        <LoadingState />
      ) : rule.isError ? (
        <ErrorState error={rule.error} onRetry={() => void rule.refetch()} />
      ) : (
        <RuleContent rule={rule.data} />
      )}
    </div>
  );
}

function RuleContent({ rule }: { rule: EvidenceRule }) {
  const { t } = useTranslation();
  const { formatList } = useLocale();
  const crosswalkCaption = useId();
  const designs = (list: readonly string[]) =>
    formatList(list.map((design) => t(`evidence.designs.${design}` as 'evidence.designs.rct')));
  return (
    <>
      <p className="lead">{t('evidence.rulePage.intro')}</p>
      <p className="evidence-rule__version">{t('evidence.ruleVersion', { version: rule.version })}</p>
      <p>
        <strong>{t('evidence.caveat')}</strong> {t('evidence.caveatText')}
      </p>

      <section className="section" aria-labelledby="rule-verification">
        <h2 id="rule-verification">{t('evidence.rulePage.verificationTitle')}</h2>
        <p>{t('evidence.rulePage.verificationText')}</p>
      </section>

      <section className="section" aria-labelledby="rule-levels">
        <h2 id="rule-levels">{t('evidence.rulePage.levelsTitle')}</h2>
        <ol className="rule-levels" start={0}>
          {rule.levels.map((level) => (
            <li key={level.level}>
              <strong>{t('evidence.rulePage.level', { level: level.level })}</strong>{' '}
              {t(`evidence.rulePage.levels.l${level.level}`)}
              {level.designs.length > 0 ? (
                <span className="muted"> {t('evidence.rulePage.designs', { designs: designs(level.designs) })}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="rule-thresholds">
        <h2 id="rule-thresholds">{t('evidence.rulePage.thresholdsTitle')}</h2>
        <ul className="rule-thresholds">
          {rule.thresholds.map((threshold) => (
            <li key={threshold.key}>
              {t(`evidence.rulePage.thresholds.${threshold.key}`, {
                value: threshold.value,
                perArm: threshold.value / 2,
              })}{' '}
              <span className="muted">
                {t('evidence.rulePage.sources', { sources: formatList(threshold.sources) })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="rule-directions">
        <h2 id="rule-directions">{t('evidence.rulePage.directionsTitle')}</h2>
        <p>{t('evidence.rulePage.directionsText')}</p>
      </section>

      <section className="section" id="crosswalk" aria-labelledby="rule-crosswalk" tabIndex={-1}>
        <h2 id="rule-crosswalk">{t('evidence.rulePage.crosswalkTitle')}</h2>
        <p>{t('evidence.rulePage.crosswalkIntro')}</p>
        <div className="table-wrap" role="region" aria-labelledby={crosswalkCaption} tabIndex={0}>
          <table className="table crosswalk-table">
            <caption id={crosswalkCaption}>{t('evidence.rulePage.crosswalkCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evidence.rulePage.ours')}</th>
                <th scope="col">{t('evidence.scales.eif')}</th>
                <th scope="col">{t('evidence.scales.blueprints')}</th>
                <th scope="col">{t('evidence.scales.crimeSolutions')}</th>
                <th scope="col">{t('evidence.scales.inspire')}</th>
              </tr>
            </thead>
            <tbody>
              {rule.crosswalk.map((entry, index) => (
                <tr key={index}>
                  <th scope="row">
                    {t('evidence.rulePage.levelsList', { levels: formatList(entry.strengths.map(String)) })}
                    <span className="cell-sub">
                      {formatList(entry.directions.map((direction) => t(`evidence.directions.${direction}`)))}
                    </span>
                  </th>
                  <td>{entry.eif}</td>
                  <td>{entry.blueprints}</td>
                  <td>{entry.crimeSolutions}</td>
                  <td>{entry.inspire}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
