import { isActive, type Viewer } from '../../common/viewer';

/** Whose groups' requests and flags a person decides on, and whether they vet and curate. */
export interface ModerationScope {
  /** `all` for a network coordinator (who moderates every group), else the groups they coordinate. */
  groups: 'all' | 'coordinated';
  applications: boolean;
  curation: boolean;
}

/**
 * The same rules as the actions themselves: network coordinators moderate every group (groups.policy),
 * coordinators and admins vet applications (the admin users endpoints) and curate practices
 * (practices.policy). Anyone active may coordinate a group of their own.
 */
export function moderationScope(viewer: Viewer): ModerationScope | null {
  if (!isActive(viewer)) return null;
  const networkRole = viewer.role === 'coordinator' || viewer.role === 'admin';
  return {
    groups: viewer.role === 'coordinator' ? 'all' : 'coordinated',
    applications: networkRole,
    curation: networkRole,
  };
}
