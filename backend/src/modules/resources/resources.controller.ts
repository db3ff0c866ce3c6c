import { Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createAdaptationSchema,
  createResourceSchema,
  downloadQuerySchema,
  idParamSchema,
  listResourcesQuerySchema,
  newVersionSchema,
  RESOURCE_MEDIA_TYPES,
  updateResourceSchema,
  type Page,
  type Resource,
  type ResourceFamily,
  type ResourceVersion,
} from '@pn/shared';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/access';
import { CurrentAuth, OptionalAuth, type Auth } from '../auth/auth-context';
import { FormFields, ValidBody, ValidParams, ValidQuery } from '../../common/validated';
import { ResourceFamilyService } from './resource-family.service';
import { ResourceVersionsService } from './resource-versions.service';
import { ResourcesService } from './resources.service';
import { UploadFormReader } from './uploads/upload-form';
import { Answers, Errors, Responds } from '../../common/responses';
import { pageOf, resourceErrorSchema, resourceFamilySchema, resourceSchema, resourceVersionSchema } from '@pn/shared';

@ApiTags('resources')
@Controller('resources')
export class ResourcesController {
  constructor(
    private readonly resources: ResourcesService,
    private readonly versions: ResourceVersionsService,
    private readonly families: ResourceFamilyService,
    private readonly forms: UploadFormReader,
  ) {}

  @Responds(200, pageOf(resourceSchema))
  @Get()
  @Public()
  list(
    @OptionalAuth() auth: Auth | undefined,
    @ValidQuery(listResourcesQuerySchema) query: z.output<typeof listResourcesQuerySchema>,
  ): Promise<Page<Resource>> {
    return this.resources.list(auth?.user, query);
  }

  /** multipart/form-data: `file` and the fields of `createResourceSchema`; or JSON with `url`. */
  @Responds(201, resourceSchema)
  @Errors(404, [409, resourceErrorSchema])
  @Post()
  @FormFields(createResourceSchema, { file: 'optional', json: true })
  create(@CurrentAuth() auth: Auth, @Req() request: FastifyRequest): Promise<Resource> {
    return this.forms.with(request, (form) => this.resources.create(auth.user, form));
  }

  @Responds(200, resourceSchema)
  @Get(':id')
  @Public()
  get(@OptionalAuth() auth: Auth | undefined, @ValidParams(idParamSchema) params: { id: string }): Promise<Resource> {
    return this.resources.get(auth?.user, params.id);
  }

  @Responds(200, resourceSchema)
  @Patch(':id')
  update(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(updateResourceSchema) body: z.output<typeof updateResourceSchema>,
  ): Promise<Resource> {
    return this.resources.update(auth.user, params.id, body);
  }

  @Responds(204, null)
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentAuth() auth: Auth, @ValidParams(idParamSchema) params: { id: string }): Promise<void> {
    return this.resources.remove(auth.user, params.id);
  }

  @Responds(200, { mediaType: RESOURCE_MEDIA_TYPES })
  @Answers(304, null)
  @Errors(409)
  @Get(':id/download')
  @Public()
  async download(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidQuery(downloadQuerySchema) query: z.output<typeof downloadQuerySchema>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const download = await this.versions.download(auth?.user, params.id, query);
    const { version } = download;
    const etag = `"${version.checksum}"`;
    void reply.headers({
      etag,
      'cache-control': download.public ? 'public, max-age=0, must-revalidate' : 'private, no-cache',
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
    if (request.headers['if-none-match'] === etag) {
      download.stream.destroy();
      await reply.code(304).send();
      return;
    }
    await reply
      .type(version.mediaType)
      .header('content-length', version.size)
      .header('content-disposition', contentDisposition(download.fileName, { type: download.disposition }))
      .send(download.stream);
  }

  @Responds(200, resourceFamilySchema)
  @Get(':id/adaptations')
  @Public()
  family(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
  ): Promise<ResourceFamily> {
    return this.families.family(auth?.user, params.id);
  }

  /** multipart/form-data or JSON, with the fields of `createAdaptationSchema`. */
  @Responds(201, resourceSchema)
  @Errors([409, resourceErrorSchema])
  @Post(':id/adaptations')
  @FormFields(createAdaptationSchema, { file: 'optional', json: true })
  adapt(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @Req() request: FastifyRequest,
  ): Promise<Resource> {
    return this.forms.with(request, (form) => this.resources.adapt(auth.user, params.id, form));
  }

  @Responds(200, z.array(resourceVersionSchema))
  @Get(':id/versions')
  @Public()
  listVersions(
    @OptionalAuth() auth: Auth | undefined,
    @ValidParams(idParamSchema) params: { id: string },
  ): Promise<ResourceVersion[]> {
    return this.versions.list(auth?.user, params.id);
  }

  /** multipart/form-data: `file` and an optional `note`. */
  @Responds(201, resourceSchema)
  @Errors([409, resourceErrorSchema])
  @Post(':id/versions')
  @FormFields(newVersionSchema, { file: 'required', json: false })
  addVersion(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @Req() request: FastifyRequest,
  ): Promise<Resource> {
    return this.forms.with(request, (form) => this.versions.add(auth.user, params.id, form));
  }
}
