import type { Passkey } from '@pn/shared';
import type { PasskeyEntity } from './passkey.entity';

export function toPasskey(passkey: PasskeyEntity): Passkey {
  return {
    id: passkey.id,
    name: passkey.name,
    createdAt: passkey.createdAt.toISOString(),
    lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
    backedUp: passkey.backedUp,
  };
}
