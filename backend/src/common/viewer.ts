import type { AccountStatus, Role } from '@pn/shared';

/** Who is asking, as every module's rules see them: null for a visitor. */
export type Viewer = { id: string; role: Role; status: AccountStatus } | null;

/** An active account: the one status in which rules grant anything beyond what visitors see. */
export const isActive = (viewer: Viewer): viewer is NonNullable<Viewer> => viewer?.status === 'active';
