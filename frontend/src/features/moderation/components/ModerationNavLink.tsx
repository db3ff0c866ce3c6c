import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { useModerationSummary } from '../hooks/useModerationSummary';
import { moderates, moderationBadge } from '../moderationCounts';

/**
 * The navigation's item (a list item) linking to the moderation view, with how many things wait: for those who decide on
 * anything (and, for a group coordinator, while something waits in their groups).
 */
export function ModerationNavLink({ className }: { className: string }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const summary = useModerationSummary(isActive(user));
  if (!moderates(summary.data)) return null;
  const total = summary.data!.total;
  return (
    <li>
      <NavLink
        to="/moderation"
        className={className}
        aria-label={total > 0 ? t('moderation.nav.waiting', { count: total }) : t('moderation.nav.none')}
      >
        {t('moderation.nav.label')}
        {/* The space makes the shown text two words ("Moderation 3"), which the link's name then contains. */}
        {total > 0 ? (
          <>
            {' '}
            <span className="count-badge moderation-badge" aria-hidden="true">
              {moderationBadge(total)}
            </span>
          </>
        ) : null}
      </NavLink>
    </li>
  );
}
