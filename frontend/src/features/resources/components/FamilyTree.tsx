import type { ResourceFamily, ResourceFamilyNode, User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { findInFamily, pathTo, relativesCount } from '../familyTree';
import { useResourceFamily } from '../hooks/useResources';

interface FamilyTreeProps {
  resourceId: string;
  headingId: string;
  user: User | null;
}

/** The whole family of a resource, from its oldest visible source down, with this one marked. */
export function FamilyTree({ resourceId, headingId, user }: FamilyTreeProps) {
  const { t } = useTranslation();
  const query = useResourceFamily(resourceId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const family = query.data;
  if (relativesCount(family) === 0) {
    return (
      <EmptyState title={t('resources.family.aloneTitle')} headingLevel={3}>
        <p>{t('resources.family.aloneText')}</p>
      </EmptyState>
    );
  }
  const ancestors = new Set(pathTo(family.root, family.resourceId));
  return (
    <>
      {user ? <ForYou family={family} user={user} /> : null}
      <ul className="family-tree" aria-labelledby={headingId}>
        <FamilyNode node={family.root} currentId={family.resourceId} onPath={ancestors} />
      </ul>
    </>
  );
}

interface FamilyNodeProps {
  node: ResourceFamilyNode;
  currentId: string;
  /** The nodes from the root to the current one: shown emphasised, so that the line of descent reads at once. */
  onPath: ReadonlySet<string>;
}

function FamilyNode({ node, currentId, onPath }: FamilyNodeProps) {
  const { t } = useTranslation();
  const { languageName, countryName, formatDate } = useLocale();
  const current = node.id === currentId;
  const className = [
    'family-tree__node',
    current ? 'family-tree__node--current' : '',
    onPath.has(node.id) ? 'family-tree__node--on-path' : '',
    node.removed ? 'family-tree__node--removed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="family-tree__item">
      <div className={className} aria-current={current ? 'page' : undefined}>
        <p className="family-tree__title">
          {current || node.removed ? <span>{node.title}</span> : <Link to={`/resources/${node.id}`}>{node.title}</Link>}
          {current ? <span className="badge badge--active">{t('resources.family.current')}</span> : null}
          {node.removed ? <span className="badge badge--suspended">{t('resources.family.removed')}</span> : null}
        </p>
        <ul className="meta-list">
          <li>{languageName(node.language)}</li>
          <li>{countryName(node.country)}</li>
          <li>{t(`resources.types.${node.type}`)}</li>
          <li>
            {t('resources.family.by', { name: node.author?.displayName ?? t('resources.formerMember') })},{' '}
            <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
          </li>
        </ul>
        {node.note ? <p className="family-tree__note">{t('resources.family.note', { note: node.note })}</p> : null}
      </div>
      {node.children.length > 0 ? (
        <ul className="family-tree__children">
          {node.children.map((child) => (
            <FamilyNode key={child.id} node={child} currentId={currentId} onPath={onPath} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** What of the family is in the reader's languages or for their country: what a coordinator looks for first. */
function ForYou({ family, user }: { family: ResourceFamily; user: User }) {
  const { t } = useTranslation();
  const { languageName, countryName } = useLocale();
  const others = (nodes: ResourceFamilyNode[]) => nodes.filter((node) => node.id !== family.resourceId);
  const byLanguage = user.languages
    .map((language) => ({ language, nodes: others(findInFamily(family, { language })) }))
    .filter((entry) => entry.nodes.length > 0);
  const forCountry = others(findInFamily(family, { country: user.country }));
  if (byLanguage.length === 0 && forCountry.length === 0) {
    return <p className="muted">{t('resources.family.nothingForYou', { country: countryName(user.country) })}</p>;
  }
  const links = (nodes: ResourceFamilyNode[]) =>
    nodes.map((node, index) => (
      <span key={node.id}>
        {index > 0 ? ', ' : ''}
        <Link to={`/resources/${node.id}`}>{node.title}</Link>
      </span>
    ));
  return (
    <div className="card family-for-you">
      <p className="family-for-you__title">{t('resources.family.forYou')}</p>
      <ul>
        {byLanguage.map(({ language, nodes }) => (
          <li key={language}>
            {t('resources.family.inLanguage', { language: languageName(language) })}: {links(nodes)}
          </li>
        ))}
        {forCountry.length > 0 ? (
          <li>
            {t('resources.family.forCountry', { country: countryName(user.country) })}: {links(forCountry)}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
