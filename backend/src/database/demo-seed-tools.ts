import type { DemoSeedTools } from '@pn/seeds';
import { Readable } from 'node:stream';
import type { PasswordService } from '../modules/users/password.service';
import type { FileStorage } from '../modules/resources/storage/file-storage';
import type { SecretBox } from '../modules/second-factor/secret-box';

/** The application's password hashing, file storage and sealing of secrets, as the demo seeds take them. */
export function demoSeedTools(passwords: PasswordService, storage: FileStorage, secrets: SecretBox): DemoSeedTools {
  return {
    hashPassword: (password) => passwords.hash(password),
    sealSecret: (secret) => secrets.seal(secret),
    storeFile: async (bytes) => {
      const staged = await storage.receive(Readable.from([bytes]), bytes.length);
      return { key: await staged.commit(), checksum: staged.checksum, size: staged.size };
    },
  };
}
