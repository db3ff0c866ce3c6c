import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { newVersionSchema, type downloadQuerySchema, type Resource, type ResourceVersion } from '@pn/shared';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { UserEntity } from '../users/user.entity';
import { parseForm } from './parse-form';
import { ResourceFilesService } from './resource-files.service';
import type { ResourceVersionEntity } from './resource-version.entity';
import { toResourceVersion } from './resources.mapper';
import { canEditResource, dispositionOf } from './resources.policy';
import { ResourcesService } from './resources.service';
import { fileNameFor } from './uploads/file-name';
import type { UploadForm } from './uploads/upload-form';
import { resourceVersionsRepository as versions } from './resource-versions.repository';

/** A file on its way out: the bytes, and what the answer's headers say of them. */
export interface Download {
  stream: Readable;
  version: ResourceVersionEntity;
  disposition: 'inline' | 'attachment';
  /** Cleaned again as it leaves, with the extension of its type: a name stored earlier follows today's rule. */
  fileName: string;
  /** Anyone may keep a copy of a public resource; the others are checked on every request. */
  public: boolean;
}

/** The files of a resource over time: download, history, and a new version replacing the current file. */
@Injectable()
export class ResourceVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
    private readonly files: ResourceFilesService,
  ) {}

  /** The current file, or a past version's; the permission to see the resource is checked every time. */
  async download(
    viewer: UserEntity | undefined,
    id: string,
    query: z.output<typeof downloadQuerySchema>,
  ): Promise<Download> {
    const resource = await this.resources.context(id, viewer ?? null);
    // A link has no file to download: 404, as for a version that does not exist.
    if (resource.currentVersion === null) throw new NotFoundException('this resource is a link: it has no file');
    const number = query.version ?? resource.currentVersion;
    const version = await this.files.version(resource.id, number);
    if (!version) throw new NotFoundException('no version with this number');
    return {
      stream: await this.files.open(version),
      version,
      disposition: dispositionOf(version.mediaType, query.inline ?? false),
      fileName: fileNameFor(version.fileName, version.mediaType),
      public: resource.scope === 'public',
    };
  }

  async list(viewer: UserEntity | undefined, id: string): Promise<ResourceVersion[]> {
    const resource = await this.resources.context(id, viewer ?? null);
    const rows = await this.files.versions(resource.id);
    return rows.map((version) => toResourceVersion(version, resource.currentVersion));
  }

  /** A new file replaces the current one (author only); the earlier ones stay downloadable by number. */
  async add(actor: UserEntity, id: string, form: UploadForm): Promise<Resource> {
    const body = parseForm(newVersionSchema, form.fields);
    if (!form.file) throw new BadRequestException(['file: a new version needs a file']);
    const resource = await this.resources.context(id, actor);
    if (!canEditResource(resource, actor)) throw new ForbiddenException('only the author can add a version');
    if (resource.currentVersion === null) throw new ConflictException('this resource is a link: it has no file');
    const accepted = await this.files.accept(form.file, actor);
    const stored = await this.dataSource.transaction(async (manager) => {
      // Locked: two versions sent at once get consecutive numbers.
      const locked = await this.resources.context(id, actor, manager, true);
      const version = locked.currentVersion! + 1;
      const row = await this.files.store(
        manager,
        accepted,
        {
          resourceId: locked.id,
          version,
          uploadedBy: actor.id,
          note: body.note || null,
        },
        actor,
      );
      await versions.makeCurrent(manager, locked.id, version);
      return row;
    });
    this.files.stored(stored);
    return this.resources.get(actor, id);
  }
}
