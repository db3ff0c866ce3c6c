import type { Viewer } from '../../common/viewer';
import {
  canEditResource,
  canRemoveResource,
  dispositionOf,
  removalIsModeration,
  shareRefusal,
} from './resources.policy';

const person = (
  role: NonNullable<Viewer>['role'],
  status: NonNullable<Viewer>['status'] = 'active',
  id = 'someone',
) => ({
  id,
  role,
  status,
});
const author = person('practitioner', 'active', 'author');
const resource = { authorId: 'author', groupId: 'group', removedAt: null };
const groupCoordinator = { role: 'coordinator' as const, status: 'active' as const };

describe('canEditResource', () => {
  it('is for the active author of a resource not removed', () => {
    expect(canEditResource(resource, author)).toBe(true);
    expect(canEditResource(resource, { ...author, status: 'suspended' })).toBe(false);
    expect(canEditResource({ ...resource, removedAt: new Date() }, author)).toBe(false);
    for (const viewer of [null, person('admin'), person('coordinator')])
      expect(canEditResource(resource, viewer)).toBe(false);
  });
});

describe('canRemoveResource', () => {
  it("is for the author, the group's coordinators and network coordinators, not admins", () => {
    expect(canRemoveResource(resource, null, author)).toBe(true);
    expect(canRemoveResource(resource, groupCoordinator, person('practitioner'))).toBe(true);
    expect(canRemoveResource(resource, null, person('coordinator'))).toBe(true);
    expect(canRemoveResource(resource, null, person('admin'))).toBe(false);
  });

  it('is not for members, pending coordinators, or a group coordinator of a resource without a group', () => {
    expect(canRemoveResource(resource, { role: 'member', status: 'active' }, person('researcher'))).toBe(false);
    expect(canRemoveResource(resource, { role: 'coordinator', status: 'pending' }, person('researcher'))).toBe(false);
    expect(canRemoveResource({ ...resource, groupId: null }, groupCoordinator, person('researcher'))).toBe(false);
    expect(canRemoveResource(resource, null, null)).toBe(false);
    expect(canRemoveResource(resource, null, person('admin', 'pending'))).toBe(false);
    expect(canRemoveResource({ ...resource, removedAt: new Date() }, null, author)).toBe(false);
  });

  it('counts a removal by anyone but the author as moderation', () => {
    expect(removalIsModeration(resource, author)).toBe(false);
    expect(removalIsModeration(resource, person('coordinator'))).toBe(true);
  });
});

describe('shareRefusal', () => {
  const group = { visibility: 'members' as const, archivedAt: null };
  it("lets the group's active members share, in a group that is not archived", () => {
    expect(shareRefusal(group, { role: 'member', status: 'active' }, author)).toBeNull();
    expect(shareRefusal(group, { role: 'member', status: 'pending' }, author)).toMatch(/active members/);
    expect(shareRefusal(group, null, person('coordinator'))).toMatch(/active members/);
    expect(shareRefusal({ ...group, archivedAt: new Date() }, { role: 'member', status: 'active' }, author)).toMatch(
      /archived/,
    );
    expect(shareRefusal(group, { role: 'member', status: 'active' }, { ...author, status: 'pending' })).toMatch(
      /active account/,
    );
  });
});

describe('dispositionOf', () => {
  it('shows PDFs and images inline only when asked, and never anything else', () => {
    expect(dispositionOf('application/pdf', true)).toBe('inline');
    expect(dispositionOf('image/png', true)).toBe('inline');
    expect(dispositionOf('application/pdf', false)).toBe('attachment');
    expect(dispositionOf('video/mp4', true)).toBe('attachment');
    expect(dispositionOf('application/msword', true)).toBe('attachment');
  });
});
