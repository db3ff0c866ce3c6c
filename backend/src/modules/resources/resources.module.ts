import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditModule } from '../audit/audit.module';
import { GroupsModule } from '../groups/groups.module';
import { ResourceAccessService } from './resource-access.service';
import { ResourceFamilyService } from './resource-family.service';
import { ResourceFilesService } from './resource-files.service';
import { ResourceVersionsService } from './resource-versions.service';
import { ResourcesController } from './resources.controller';
import { ResourcesService } from './resources.service';
import { FILE_STORAGE } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { TextExtractionRepository } from './text-extraction.repository';
import { TextExtractionService } from './text-extraction.service';
import { UploadFormReader } from './uploads/upload-form';
import { ResourcesAccountData } from './resources.account-data';

/**
 * The resource library. `ResourceAccessService` is what other modules use to show resources they refer
 * to, under the library's visibility rule; `ResourcesService` gives a person's resources to their export.
 */
@Module({
  imports: [AuditModule, GroupsModule],
  controllers: [ResourcesController],
  providers: [
    ResourcesAccountData,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.UPLOAD_DIR),
    },
    UploadFormReader,
    ResourceAccessService,
    ResourceFilesService,
    ResourcesService,
    ResourceVersionsService,
    ResourceFamilyService,
    TextExtractionRepository,
    TextExtractionService,
  ],
  exports: [ResourceAccessService, ResourcesService],
})
export class ResourcesModule {}
