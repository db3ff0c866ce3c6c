import { moderationScope } from './moderation.policy';

const viewer = (role: 'practitioner' | 'researcher' | 'coordinator' | 'admin', status = 'active' as const) => ({
  id: 'a',
  role,
  status,
});

describe('moderationScope', () => {
  it('gives visitors and accounts that are not active nothing', () => {
    expect(moderationScope(null)).toBeNull();
    expect(moderationScope({ id: 'a', role: 'coordinator', status: 'pending' })).toBeNull();
    expect(moderationScope({ id: 'a', role: 'admin', status: 'suspended' })).toBeNull();
  });

  it('limits members to the groups they coordinate', () => {
    expect(moderationScope(viewer('practitioner'))).toEqual({
      groups: 'coordinated',
      applications: false,
      curation: false,
    });
  });

  it('lets network coordinators moderate every group, vet and curate', () => {
    expect(moderationScope(viewer('coordinator'))).toEqual({ groups: 'all', applications: true, curation: true });
  });

  it('lets admins vet and curate but moderate only groups they coordinate', () => {
    expect(moderationScope(viewer('admin'))).toEqual({ groups: 'coordinated', applications: true, curation: true });
  });
});
