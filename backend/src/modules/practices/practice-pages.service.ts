import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PageHead, PageHeadSource } from '../../common/page-head';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { practicesRepository as practices } from './practices.repository';
import { isPublic } from './practices.policy';
import { slugOf } from './slug';

/** /practices/<id> and /practices/<id>/<slug>, with or without a query. */
const PRACTICE_PAGE =
  /^\/practices\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/[^/?#]*)?\/?(?:[?#].*)?$/i;

/**
 * The head of a published practice's page, so that a shared link shows its title and summary. Only a
 * published practice: what is not public is not named, not even in a page title.
 */
@Injectable()
export class PracticePagesService implements PageHeadSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async headFor(path: string): Promise<PageHead | null> {
    const id = PRACTICE_PAGE.exec(path)?.[1];
    if (!id) return null;
    const practice = await practices.find(this.dataSource.manager, id.toLowerCase());
    if (!practice || !isPublic(practice)) return null;
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return {
      title: `${practice.title} · Prevention Network`,
      description: practice.summary,
      url: `${base}/practices/${practice.id}/${slugOf(practice.title)}`,
      type: 'article',
    };
  }
}
