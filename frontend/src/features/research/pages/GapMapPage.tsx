import { PREVENTION_LEVELS, SETTINGS, type GapMap, type GapMapCell, type PreventionLevel } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/SelectField';
import { ErrorState, LoadingState } from '../../../components/States';
import { useCurrentUser } from '../../../lib/currentUser';
import { countryList, languageList } from '../../../lib/displayNames';
import { isActive } from '../../../lib/permissions';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { exportHref, parseGapMapFilters, toParams, type GapMapFilters } from '../api';
import { discSize, gapMapCsv } from '../gapMapCsv';
import { useGapMap } from '../hooks/useResearch';

/**
 * The evidence gap map: target groups against the outcomes studies measure. Each cell is a real table cell
 * (for screen readers and the keyboard) holding a disc sized by the practices in it and coloured by the best
 * strength of evidence found (for the eye), and the counts in words; empty and weak cells stand out.
 */
export function GapMapPage() {
  const { t } = useTranslation();
  usePageTitle(t('research.gapMap.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseGapMapFilters(params), [params]);
  // Grouped, one map per prevention level: the level filter gives way to the grouping.
  const byLevel = params.get('group') === 'level';
  const map = useGapMap(filters);
  const apply = (next: GapMapFilters, group = byLevel) =>
    setParams(toParams({ ...next, group: group ? 'level' : undefined }), { replace: true });

  return (
    <div className="page gap-map-page">
      <h1>{t('research.gapMap.title')}</h1>
      <p className="lead">{t('research.gapMap.intro')}</p>
      <GapMapFiltersForm filters={filters} onChange={(next) => apply(next)} byLevel={byLevel} />
      <p className="checkbox-row">
        <label>
          <input
            type="checkbox"
            checked={byLevel}
            onChange={(event) => apply({ ...filters, preventionLevel: undefined }, event.target.checked)}
          />{' '}
          {t('research.gapMap.groupByLevel')}
        </label>
      </p>
      {byLevel ? (
        <section className="section" aria-labelledby="gap-map-results">
          <h2 id="gap-map-results">{t('research.gapMap.resultsTitle')}</h2>
          <Legend />
          {PREVENTION_LEVELS.map((level) => (
            <LevelMap key={level} filters={{ ...filters, preventionLevel: level }} />
          ))}
        </section>
      ) : (
        <section className="section" aria-labelledby="gap-map-results" aria-busy={map.isFetching || undefined}>
          <h2 id="gap-map-results">{t('research.gapMap.resultsTitle')}</h2>
          {map.isPending ? (
            <LoadingState />
          ) : map.isError ? (
            <ErrorState error={map.error} onRetry={() => void map.refetch()} />
          ) : (
            <>
              <Legend />
              <GapMapTable map={map.data} filters={filters} />
              <p className="actions-row">
                <Button variant="secondary" onClick={() => download(gapMapCsv(map.data))}>
                  {t('research.gapMap.downloadCsv')}
                </Button>
              </p>
            </>
          )}
        </section>
      )}
      <section className="section" aria-labelledby="open-data-title">
        <h2 id="open-data-title">{t('research.openData.title')}</h2>
        <p>{t('research.openData.intro')}</p>
        <p className="actions-row">
          <a className="button button--secondary" href={exportHref('csv')} download>
            {t('research.openData.csv')}
          </a>
          <a className="button button--secondary" href={exportHref('json')} download>
            {t('research.openData.json')}
          </a>
        </p>
      </section>
    </div>
  );
}

/** One prevention level's map, under its own heading. */
function LevelMap({ filters }: { filters: GapMapFilters & { preventionLevel: PreventionLevel } }) {
  const { t } = useTranslation();
  const map = useGapMap(filters);
  const level = filters.preventionLevel;
  return (
    <section
      className="gap-map-level"
      aria-labelledby={`gap-map-level-${level}`}
      aria-busy={map.isFetching || undefined}
    >
      <h3 id={`gap-map-level-${level}`}>{t(`practices.levels.${level}`)}</h3>
      {map.isPending ? (
        <LoadingState />
      ) : map.isError ? (
        <ErrorState error={map.error} onRetry={() => void map.refetch()} />
      ) : (
        <GapMapTable map={map.data} filters={filters} id={`gap-map-caption-${level}`} />
      )}
    </section>
  );
}

function download(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'evidence-gap-map.csv';
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function GapMapFiltersForm({
  filters,
  onChange,
  byLevel,
}: {
  filters: GapMapFilters;
  onChange: (f: GapMapFilters) => void;
  byLevel: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const options = useMemo(
    () => ({
      countries: countryList(locale).map(({ code, name }) => ({ value: code, label: name })),
      languages: languageList(locale).map(({ code, name }) => ({ value: code, label: name })),
      settings: SETTINGS.map((value) => ({ value, label: t(`practices.settings.${value}`) })),
      levels: PREVENTION_LEVELS.map((value) => ({ value, label: t(`practices.levels.${value}`) })),
    }),
    [t, locale],
  );
  const set = (key: keyof GapMapFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined });
  return (
    <form
      className="gap-map-filters"
      aria-label={t('research.gapMap.filtersLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      {byLevel ? null : (
        <SelectField
          id="gap-map-level"
          label={t('research.gapMap.level')}
          placeholder={t('research.gapMap.anyLevel')}
          options={options.levels}
          value={filters.preventionLevel ?? ''}
          onChange={set('preventionLevel')}
        />
      )}
      <SelectField
        id="gap-map-setting"
        label={t('research.gapMap.setting')}
        placeholder={t('research.gapMap.anySetting')}
        options={options.settings}
        value={filters.setting ?? ''}
        onChange={set('setting')}
      />
      <SelectField
        id="gap-map-country"
        label={t('research.gapMap.country')}
        placeholder={t('research.gapMap.anyCountry')}
        options={options.countries}
        value={filters.country ?? ''}
        onChange={set('country')}
      />
      <SelectField
        id="gap-map-language"
        label={t('research.gapMap.language')}
        placeholder={t('research.gapMap.anyLanguage')}
        options={options.languages}
        value={filters.language ?? ''}
        onChange={set('language')}
      />
    </form>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="gap-map-legend">
      <p className="gap-map-legend__title">{t('research.gapMap.legendTitle')}</p>
      <ul className="gap-map-legend__list">
        {([0, 1, 2, 3, 4] as const).map((strength) => (
          <li key={strength}>
            <span className={`gap-disc gap-disc--s${strength} gap-disc--legend`} aria-hidden="true" />
            {strength === 0 ? t('research.gapMap.legendEmpty') : t(`evidence.strengths.${strength}`)}
          </li>
        ))}
        <li>
          <span className="gap-disc gap-disc--s2 gap-disc--harm gap-disc--legend" aria-hidden="true" />
          {t('evidence.directions.possible-harm')}
        </li>
      </ul>
      <p className="muted">{t('research.gapMap.legendSize')}</p>
    </div>
  );
}

function GapMapTable({ map, filters, id = 'gap-map-caption' }: { map: GapMap; filters: GapMapFilters; id?: string }) {
  const { t } = useTranslation();
  const most = Math.max(0, ...map.cells.map((cell) => cell.practices));
  const cellOf = new Map(map.cells.map((cell) => [`${cell.targetGroup}|${cell.construct}`, cell]));
  return (
    <div className="table-wrap gap-map" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table gap-map__table">
        <caption id={id}>
          {filters.preventionLevel
            ? t('research.gapMap.captionLevel', { level: t(`practices.levels.${filters.preventionLevel}`) })
            : t('research.gapMap.caption')}
        </caption>
        <thead>
          <tr>
            <td />
            {map.constructs.map((construct) => (
              <th key={construct} scope="col">
                {t(`evidence.constructs.${construct}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.targetGroups.map((group) => (
            <tr key={group}>
              <th scope="row">{t(`practices.targetGroups.${group}`)}</th>
              {map.constructs.map((construct) => (
                <GapCell key={construct} cell={cellOf.get(`${group}|${construct}`)!} most={most} filters={filters} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GapCell({ cell, most, filters }: { cell: GapMapCell; most: number; filters: GapMapFilters }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const size = discSize(cell.practices, most);
  const cellName = t('research.gapMap.cellName', {
    group: t(`practices.targetGroups.${cell.targetGroup}`),
    construct: t(`evidence.constructs.${cell.construct}`),
  });
  if (cell.practices === 0) {
    const raise = toParams({ targetGroup: cell.targetGroup, construct: cell.construct });
    return (
      <td className="gap-cell gap-cell--empty">
        <span className="gap-cell__counts">{t('research.gapMap.empty')}</span>
        {isActive(user) ? (
          <Link className="gap-cell__raise" to={`/research-questions/new?${raise.toString()}`}>
            {t('research.gapMap.raise')}
            <span className="visually-hidden"> ({cellName})</span>
          </Link>
        ) : null}
      </td>
    );
  }
  const practices = toParams({ ...filters, targetGroup: cell.targetGroup, construct: cell.construct });
  const harm = cell.direction === 'possible-harm';
  return (
    <td className={`gap-cell gap-cell--s${cell.bestStrength}`}>
      <span
        className={`gap-disc gap-disc--s${cell.bestStrength}${harm ? ' gap-disc--harm' : ''}`}
        style={{ width: size, height: size }}
        aria-hidden="true"
      />
      <Link to={`/practices?${practices.toString()}`}>
        {t('research.gapMap.practices', { count: cell.practices })}
        <span className="visually-hidden"> ({cellName})</span>
      </Link>
      <span className="gap-cell__counts">{t('research.gapMap.evaluations', { count: cell.evaluations })}</span>
      <span className="gap-cell__rating">
        {t('research.gapMap.rating', {
          strength: cell.bestStrength,
          direction: cell.direction ? t(`evidence.directions.${cell.direction}`) : '',
        })}
      </span>
    </td>
  );
}
