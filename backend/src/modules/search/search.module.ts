import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/**
 * One search over practices, evaluations, resources and discussions. The index (`search_documents`) is
 * kept by database triggers in the same transaction as the content (migration 1764007200000-Search), so
 * this module only reads.
 */
@Module({
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
