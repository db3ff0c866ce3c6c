import type { Auth } from '../auth/auth-context';
import type { Viewer } from '../../common/viewer';

/** Whoever asks: the signed-in auth or user, or nothing for a visitor. Normalised with `viewerOf`. */
export type ViewerLike = Auth | NonNullable<Viewer> | null | undefined;

export function viewerOf(who: ViewerLike): Viewer {
  if (!who) return null;
  const user = 'user' in who ? who.user : who;
  return { id: user.id, role: user.role, status: user.status };
}

/**
 * The one visibility rule of the library, as SQL over a `resources` alias; every list and every read
 * uses it. Removal is not part of it: callers that hide removed resources say so, and a family tree shows
 * them as removed.
 *  - public: anyone;
 *  - members: active members;
 *  - group: active members of that group, and network coordinators (who moderate every group). Admins get
 *    no implicit access, as with discussions: they manage accounts, not content.
 */
export function visibleSql(alias: string, viewer: Viewer): { sql: string; params: Record<string, string> } {
  if (viewer?.status !== 'active') return { sql: `${alias}.scope = 'public'`, params: {} };
  if (viewer.role === 'coordinator') return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.scope <> 'group' OR EXISTS (SELECT 1 FROM group_memberships visibility_m
            WHERE visibility_m.group_id = ${alias}.group_id AND visibility_m.user_id = :visibilityViewerId
              AND visibility_m.status = 'active'))`,
    params: { visibilityViewerId: viewer.id },
  };
}
