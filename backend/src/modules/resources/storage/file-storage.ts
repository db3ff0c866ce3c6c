import type { Readable } from 'node:stream';

/** The Nest injection token of the one `FileStorage` the application uses. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/**
 * A file received in full but not yet kept: its size and checksum are known, and its first bytes, from
 * which its type is recognised. Exactly one of `commit` and `discard` is meant to follow; `discard` after
 * `commit`, or twice, does nothing.
 */
export interface StagedFile {
  size: number;
  /** SHA-256 of the bytes, hex. */
  checksum: string;
  /** The first bytes (up to `HEAD_BYTES`), for recognising the type from the content. */
  head: Buffer;
  /** Keeps the bytes; answers the storage key. The same bytes committed twice are stored once. */
  commit(): Promise<string>;
  discard(): Promise<void>;
}

/**
 * Where files live, outside the database. Bytes are streamed in and out, never held whole in memory.
 * Local disk by default; an S3-compatible store fits the same shape (stage to a temporary object or
 * multipart upload, commit by copying to the content-addressed key), for when instances multiply.
 */
export interface FileStorage {
  /**
   * Streams `source` in while hashing and counting it. Rejects with `FileTooLargeError` as soon as more than
   * `maxBytes` have passed, and with the source's error when it fails or is cut off; either way nothing is
   * left behind.
   */
  receive(source: Readable, maxBytes: number): Promise<StagedFile>;
  /** A stream of the stored bytes; rejects with `StoredFileMissingError` when they are not there. */
  open(key: string): Promise<Readable>;
}

/** How many of a file's first bytes are kept for recognising its type. */
export const HEAD_BYTES = 64 * 1024;

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than the limit of ${maxBytes} bytes`);
  }
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
  }
}
