import type { FacetCount, SearchFacets as Facets } from '@pn/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FACET_NAMES, hasFilters, type FacetName, type SearchState } from '../searchState';
import { useFacetLabel } from '../hooks/useFacetLabel';

interface SearchFacetsProps {
  state: SearchState;
  facets: Facets;
  /** Sets one facet's value, or clears it (undefined). */
  onChoose: (name: FacetName, value: string | undefined) => void;
  onClear: () => void;
}

/**
 * The facets of the results: per facet, its values with how many results have each. Choosing a value
 * narrows the search to it; choosing it again lifts that filter.
 */
export function SearchFacets({ state, facets, onChoose, onClear }: SearchFacetsProps) {
  const { t } = useTranslation();
  const filtered = hasFilters(state);
  return (
    <aside className="search-facets" aria-label={t('search.facets.title')}>
      <h2 className="search-facets__title">{t('search.facets.title')}</h2>
      {filtered ? (
        <Button variant="secondary" className="search-facets__clear" onClick={onClear}>
          {t('search.facets.clear')}
        </Button>
      ) : null}
      {FACET_NAMES.map((name) => (
        <Facet key={name} name={name} counts={facets[name]} chosen={state[name]} onChoose={onChoose} />
      ))}
    </aside>
  );
}

interface FacetProps {
  name: FacetName;
  counts: readonly FacetCount[];
  chosen: string | undefined;
  onChoose: (name: FacetName, value: string | undefined) => void;
}

function Facet({ name, counts, chosen, onChoose }: FacetProps) {
  const { t } = useTranslation();
  const label = useFacetLabel();
  const headingId = useId();
  // A chosen value stays on screen (to be lifted) even when the server lists no count for it.
  const options =
    chosen && !counts.some((count) => count.value === chosen) ? [{ value: chosen, count: 0 }, ...counts] : counts;
  if (options.length === 0) return null;
  return (
    <section className="search-facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="search-facet__title">
        {t(`search.facets.${name}`)}
      </h3>
      <ul className="search-facet__options">
        {options.map(({ value, count }) => {
          const pressed = value === chosen;
          const valueLabel = label(name, value);
          return (
            <li key={value}>
              <button
                type="button"
                className="search-facet__option"
                aria-pressed={pressed}
                aria-label={t('search.facets.option', { label: valueLabel, count })}
                onClick={() => onChoose(name, pressed ? undefined : value)}
              >
                {/* The space keeps the label and the count two words, as in the name speech input matches. */}
                <span className="search-facet__label">{valueLabel}</span>{' '}
                <span className="search-facet__count" aria-hidden="true">
                  {count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
