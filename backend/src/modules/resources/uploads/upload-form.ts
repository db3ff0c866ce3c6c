import type { MultipartFile } from '@fastify/multipart';
import { BadRequestException, Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { FILE_STORAGE, FileTooLargeError, type FileStorage, type StagedFile } from '../storage/file-storage';
import { cleanFileName } from './file-name';

/** A file received with a form: staged in the storage, with the cleaned name it was uploaded under. */
export interface UploadedFile extends StagedFile {
  name: string;
}

/** A request's fields (still to be validated) and its file, if it came with one. */
export interface UploadForm {
  fields: Record<string, unknown>;
  file: UploadedFile | null;
}

/** The extension a file without a usable name gets, from the name the browser gave (only as a label). */
const extensionOf = (name: string | undefined) => /\.([A-Za-z0-9]{1,8})$/.exec(name ?? '')?.[1] ?? '';

/**
 * Reads requests that may carry a file: multipart (text fields, and at most one part named `file`, streamed
 * into the storage) or JSON (fields only).
 */
@Injectable()
export class UploadFormReader {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Runs `work` with the request's form. Whatever `work` did not commit of the file is discarded afterwards,
   * when it succeeds and when it fails alike: a refused upload leaves nothing behind.
   */
  async with<T>(request: FastifyRequest, work: (form: UploadForm) => Promise<T>): Promise<T> {
    const form = request.isMultipart()
      ? await this.readMultipart(request)
      : { fields: jsonFields(request.body), file: null };
    try {
      return await work(form);
    } finally {
      await form.file?.discard();
    }
  }

  private async readMultipart(request: FastifyRequest): Promise<UploadForm> {
    const fields: Record<string, unknown> = {};
    let file: UploadedFile | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          file = await this.receiveFile(part, file);
          continue;
        }
        if (typeof part.value !== 'string') throw new BadRequestException([`${part.fieldname}: must be text`]);
        const earlier = fields[part.fieldname];
        // A repeated field (tags as several fields) becomes a list.
        fields[part.fieldname] =
          earlier === undefined ? part.value : [...(Array.isArray(earlier) ? earlier : [earlier]), part.value];
      }
    } catch (error) {
      await file?.discard();
      throw translated(error, this.config.RESOURCE_MAX_BYTES);
    }
    return { fields, file };
  }

  private async receiveFile(part: MultipartFile, earlier: UploadedFile | null): Promise<UploadedFile> {
    if (part.fieldname !== 'file' || earlier) {
      part.file.resume();
      throw new BadRequestException(['file: send one file, in the part named "file"']);
    }
    const staged = await this.storage.receive(part.file, this.config.RESOURCE_MAX_BYTES);
    return { ...staged, name: cleanFileName(part.filename, extensionOf(part.filename)) };
  }
}

function jsonFields(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new BadRequestException(['body: must be an object']);
  return body as Record<string, unknown>;
}

/** Errors of reading a form, as the API's answers; an upload cut off midway is the client's doing. */
function translated(error: unknown, maxBytes: number): unknown {
  if (error instanceof FileTooLargeError) {
    return new PayloadTooLargeException(`file: must be at most ${maxBytes} bytes`);
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (error instanceof BadRequestException || typeof status === 'number') return error;
  return new BadRequestException(['file: the upload was cut off or malformed']);
}
