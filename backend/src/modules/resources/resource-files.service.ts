import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DuplicateFileError } from '@pn/shared';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { ResourceVersionEntity } from './resource-version.entity';
import { toResourceSummary } from './resources.mapper';
import { FILE_STORAGE, StoredFileMissingError, type FileStorage } from './storage/file-storage';
import { fileNameFor } from './uploads/file-name';
import { recogniseMediaType } from './uploads/media-type';
import { TextExtractionService } from './text-extraction.service';
import { PDF_TEXT_MAX_BYTES } from './uploads/pdf-text';
import type { UploadedFile } from './uploads/upload-form';
import { resourceVersionsRepository as versions } from './resource-versions.repository';

/** What is kept of a file that was accepted: its row is written by the caller, in its transaction. */
export interface AcceptedFile {
  file: UploadedFile;
  mediaType: string;
  /** A PDF whose text is extracted for search, after the upload is answered. */
  extractText: boolean;
}

/** The files of resources: what is accepted, where the bytes go, and reading them back. */
@Injectable()
export class ResourceFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly textExtraction: TextExtractionService,
  ) {}

  /**
   * Checks an uploaded file before anything is written: its content must be of an allowed type (415), and
   * it must not already be the current file of a resource the uploader can see (409, naming that resource,
   * so that they find it instead of sharing it twice).
   */
  async accept(file: UploadedFile, uploader: Viewer): Promise<AcceptedFile> {
    const mediaType = await recogniseMediaType(file.head);
    if (!mediaType) {
      throw new UnsupportedMediaTypeException(
        'file: its content is not a PDF, an office document, an image, audio or video',
      );
    }
    await this.refuseDuplicate(this.dataSource.manager, file.checksum, uploader);
    return { file, mediaType, extractText: mediaType === 'application/pdf' && file.size <= PDF_TEXT_MAX_BYTES };
  }

  /**
   * Keeps the bytes and writes the version's row, in the caller's transaction. The duplicate check is made
   * again there, under a lock on the checksum held to the end of the transaction: of several uploads of the
   * same bytes at once, one is stored and the others get the 409 that a later upload would get.
   */
  async store(
    manager: EntityManager,
    accepted: AcceptedFile,
    entry: { resourceId: string; version: number; uploadedBy: string; note: string | null },
    uploader: Viewer,
  ): Promise<ResourceVersionEntity> {
    await versions.lockChecksum(manager, accepted.file.checksum);
    await this.refuseDuplicate(manager, accepted.file.checksum, uploader);
    const storageKey = await accepted.file.commit();
    return versions.insert(manager, {
      ...entry,
      storageKey,
      fileName: fileNameFor(accepted.file.name, accepted.mediaType),
      mediaType: accepted.mediaType,
      size: accepted.file.size,
      checksum: accepted.file.checksum,
      textState: accepted.extractText ? 'pending' : null,
    });
  }

  /**
   * 409, naming the resource, when the file is already the current file of a resource the uploader can see,
   * so that they find it instead of sharing it twice.
   */
  private async refuseDuplicate(manager: EntityManager, checksum: string, uploader: Viewer): Promise<void> {
    const existing = await versions.withCurrentFile(manager, checksum, uploader);
    if (existing) {
      const body: DuplicateFileError = {
        statusCode: 409,
        error: 'Conflict',
        message: 'file: this file is already in the library',
        existing: toResourceSummary(existing),
      };
      throw new ConflictException(body);
    }
  }

  /**
   * Once the transaction that stored a version has committed: its text is extracted in the background and
   * written to `resource_texts`, where the search index reads it (a trigger indexes it with the resource).
   */
  stored(version: ResourceVersionEntity): void {
    if (version.textState === 'pending') {
      this.textExtraction.enqueue({ resourceId: version.resourceId, version: version.version });
    }
  }

  /** The current file of each of these resources (links have none), by resource id. */
  async currentVersions(resourceIds: string[]): Promise<Map<string, ResourceVersionEntity>> {
    const rows = await versions.current(this.dataSource.manager, resourceIds);
    return new Map(rows.map((row) => [row.resourceId, row]));
  }

  async version(resourceId: string, version: number): Promise<ResourceVersionEntity | null> {
    return versions.find(this.dataSource.manager, resourceId, version);
  }

  /** Every version of a resource's file, newest first, with who uploaded it. */
  async versions(resourceId: string): Promise<ResourceVersionEntity[]> {
    return versions.all(this.dataSource.manager, resourceId);
  }

  async open(version: ResourceVersionEntity): Promise<Readable> {
    try {
      return await this.storage.open(version.storageKey);
    } catch (error) {
      // The row is there but the bytes are not (a storage folder not shared between instances, a restore
      // of the database without the files): the file is missing, which is not the caller's fault but is
      // better said than hidden behind a 500.
      if (error instanceof StoredFileMissingError) throw new NotFoundException('the file of this version is missing');
      throw error;
    }
  }
}
