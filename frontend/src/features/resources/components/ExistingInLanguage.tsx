import type { Resource } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';
import { findInFamily } from '../familyTree';
import { useResourceFamily } from '../hooks/useResources';

interface ExistingInLanguageProps {
  source: Resource;
  /** The language chosen for the adaptation; another than the source's makes it a translation. */
  language: string;
}

/**
 * Before a translation is shared: what the source's family already has in the chosen language, so that
 * nobody makes a second Danish translation without knowing of the first.
 */
export function ExistingInLanguage({ source, language }: ExistingInLanguageProps) {
  const { t } = useTranslation();
  const { languageName, countryName } = useLocale();
  // Asked for at once, so that the answer is there when a language is chosen.
  const query = useResourceFamily(source.id);
  const translating = language !== '' && language.toLowerCase() !== source.language.toLowerCase();
  const name = languageName(language);

  const content = () => {
    if (!translating) return null;
    if (query.isPending) return <p className="muted">{t('resources.adapt.existingChecking')}</p>;
    if (query.isError) return <p className="muted">{t('resources.adapt.existingUnknown')}</p>;
    const existing = findInFamily(query.data, { language });
    if (existing.length === 0) return <p className="muted">{t('resources.adapt.existingNone', { language: name })}</p>;
    return (
      <div className="alert alert--info existing-in-language">
        <p className="alert__title">{t('resources.adapt.existingTitle', { count: existing.length, language: name })}</p>
        <ul>
          {existing.map((node) => (
            <li key={node.id}>
              <Link to={`/resources/${node.id}`}>{node.title}</Link>{' '}
              <span className="muted">
                ({countryName(node.country)}
                {node.author ? `, ${t('resources.family.by', { name: node.author.displayName })}` : ''})
              </span>
            </li>
          ))}
        </ul>
        <p>{t('resources.adapt.existingAdvice')}</p>
      </div>
    );
  };
  return (
    <div className="existing-in-language__region" aria-live="polite">
      {content()}
    </div>
  );
}
