import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { searchQuerySchema, suggestQuerySchema, type SearchResults, type SearchSuggestion } from '@pn/shared';
import { z } from 'zod';
import { Public } from '../../common/access';
import { OptionalAuth, type Auth } from '../auth/auth-context';
import { ValidQuery } from '../../common/validated';
import { viewerOf } from '../resources/resource-visibility';
import { SearchService } from './search.service';
import { Responds } from '../../common/responses';
import { searchResultsSchema, searchSuggestionSchema } from '@pn/shared';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Everyone searches; each sees only what they may read (the rule is in the SQL, counts included). */
  @Responds(200, searchResultsSchema)
  @Get()
  @Public()
  find(
    @OptionalAuth() auth: Auth | undefined,
    @ValidQuery(searchQuerySchema) query: z.output<typeof searchQuerySchema>,
  ): Promise<SearchResults> {
    return this.search.search(viewerOf(auth), query);
  }

  /** Up to eight titles for the search box, called as the user types. */
  @Responds(200, z.array(searchSuggestionSchema))
  @Get('suggest')
  @Public()
  suggest(
    @OptionalAuth() auth: Auth | undefined,
    @ValidQuery(suggestQuerySchema) query: z.output<typeof suggestQuerySchema>,
  ): Promise<SearchSuggestion[]> {
    return this.search.suggest(viewerOf(auth), query);
  }
}
