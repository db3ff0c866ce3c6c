import type { DemoSeedTools } from '@pn/seeds';
import { Readable } from 'node:stream';
import type { PasswordService } from '../modules/auth/password.service';
import type { FileStorage } from '../modules/resources/storage/file-storage';

/** The application's password hashing and file storage, in the shape the demo seeds take them. */
export function demoSeedTools(passwords: PasswordService, storage: FileStorage): DemoSeedTools {
  return {
    hashPassword: (password) => passwords.hash(password),
    storeFile: async (bytes) => {
      const staged = await storage.receive(Readable.from([bytes]), bytes.length);
      return { key: await staged.commit(), checksum: staged.checksum, size: staged.size };
    },
  };
}
