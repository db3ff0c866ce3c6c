import type { SearchHit } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';
import { targetPath } from '../targets';
import { Snippet } from './Snippet';

/** One result: its title as a link, what kind of thing it is, its language, and the passage that matched. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const { languageName } = useLocale();
  return (
    <li className="search-hit">
      <h3 className="search-hit__title">
        {/* `lang` lets screen readers pronounce a Danish title as Danish. */}
        <Link to={targetPath(hit.target)} className="search-hit__link" lang={hit.language} data-search-hit="">
          {hit.title}
        </Link>
      </h3>
      <ul className="meta-list search-hit__meta">
        <li className={`search-hit__kind search-hit__kind--${hit.kind}`}>{t(`search.kinds.${hit.kind}`)}</li>
        <li>{languageName(hit.language)}</li>
      </ul>
      {hit.snippet ? (
        <div lang={hit.language}>
          <Snippet hit={hit} />
        </div>
      ) : null}
    </li>
  );
}
