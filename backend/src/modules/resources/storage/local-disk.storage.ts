import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoredFileMissingError, type FileStorage, type StagedFile } from './file-storage';
import { MeteredStream } from './metered-stream';

/** `sha256/ab/cd/abcd…`: content-addressed, so the same bytes are one file; never from a user's file name. */
const KEY = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

const keyOf = (checksum: string) => `sha256/${checksum.slice(0, 2)}/${checksum.slice(2, 4)}/${checksum}`;

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Files on the local disk under one folder (UPLOAD_DIR): uploads land in `tmp/` and are moved into place by
 * a rename, which is atomic within one file system. Several instances need that folder shared between them.
 */
export class LocalDiskStorage implements FileStorage {
  readonly tempDir: string;

  constructor(private readonly root: string) {
    this.tempDir = join(root, 'tmp');
  }

  async receive(source: Readable, maxBytes: number): Promise<StagedFile> {
    await mkdir(this.tempDir, { recursive: true });
    const tempPath = join(this.tempDir, `${randomUUID()}.part`);
    const meter = new MeteredStream(maxBytes);
    try {
      await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx' }));
    } catch (error) {
      await removeQuietly(tempPath);
      throw error;
    }
    const checksum = meter.checksum();
    let settled = false;
    return {
      size: meter.size,
      checksum,
      head: meter.head(),
      commit: async () => {
        if (settled) throw new Error('this staged file was already committed or discarded');
        settled = true;
        const key = keyOf(checksum);
        const target = this.pathOf(key);
        try {
          await mkdir(join(target, '..'), { recursive: true });
          await rename(tempPath, target);
        } catch (error) {
          await removeQuietly(tempPath);
          throw error;
        }
        return key;
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await removeQuietly(tempPath);
      },
    };
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      throw new StoredFileMissingError(key);
    }
    return createReadStream(path);
  }

  private pathOf(key: string): string {
    const parts = KEY.exec(key);
    if (!parts) throw new StoredFileMissingError(key);
    return join(this.root, 'sha256', parts[1]!, parts[2]!, parts[3]!);
  }
}
