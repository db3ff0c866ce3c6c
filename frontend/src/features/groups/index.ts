/** The public entry of the groups feature: the app shell and other features import only what is exported here. */
import './groups.css';
export { groupKeys, groupListQuery, groupQuery } from './api';
export { FlagQueue } from './components/FlagQueue';
export { JoinRequests } from './components/JoinRequests';
export { MyGroups } from './components/MyGroups';
export { useGroupList, useMentionable } from './hooks/useGroups';
export { GROUP_MANAGER_ROLES, canCoordinate, canPost, isGroupMember } from './permissions';
export { syncGroups } from './realtime';
