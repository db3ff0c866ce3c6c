import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_DATA_LICENCE, type Evaluation } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { PageHead, PageHeadSource } from '../../common/page-head';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { PracticeEntity } from './practice.entity';
import { PracticeEvaluations } from './practice-evaluations';
import { practicesRepository as practices } from './practices.repository';
import { isPublic } from './practices.policy';
import { slugOf } from './slug';

/** /practices/<id> and /practices/<id>/<slug>, with or without a query. */
const PRACTICE_PAGE =
  /^\/practices\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/[^/?#]*)?\/?(?:[?#].*)?$/i;

/**
 * The head of a published practice's page, so that a shared link shows its title and summary, and search
 * engines and reference managers read it as schema.org data with the studies it rests on. Only a published
 * practice: what is not public is not named, not even in a page title.
 */
@Injectable()
export class PracticePagesService implements PageHeadSource, OnModuleInit {
  /** Given by the evaluations module, which builds on this one. */
  private evaluations?: PracticeEvaluations;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly modules: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.evaluations = this.modules.get(PracticeEvaluations, { strict: false });
  }

  async headFor(path: string): Promise<PageHead | null> {
    const id = PRACTICE_PAGE.exec(path)?.[1];
    if (!id) return null;
    const practice = await practices.find(this.dataSource.manager, id.toLowerCase());
    if (!practice || !isPublic(practice)) return null;
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    const url = `${base}/practices/${practice.id}/${slugOf(practice.title)}`;
    const evaluations = (await this.evaluations?.of(this.dataSource.manager, practice, null)) ?? [];
    return {
      title: `${practice.title} · Prevention Network`,
      description: practice.summary,
      url,
      type: 'article',
      jsonLd: practiceJsonLd(practice, url, base, evaluations),
    };
  }
}

/**
 * A practice as schema.org reads it: a CreativeWork by its organisation, published by the network, for its
 * target groups, citing the verified studies its rating rests on (as ScholarlyArticles, by DOI where known).
 */
export function practiceJsonLd(
  practice: PracticeEntity,
  url: string,
  base: string,
  evaluations: readonly Evaluation[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: practice.title,
    headline: practice.title,
    description: practice.summary,
    inLanguage: practice.language,
    author: { '@type': 'Organization', name: practice.organisation },
    publisher: { '@type': 'Organization', name: 'Prevention Network', url: base },
    ...(practice.publishedAt ? { datePublished: practice.publishedAt.toISOString() } : {}),
    dateModified: practice.updatedAt.toISOString(),
    license: OPEN_DATA_LICENCE.url,
    audience: practice.targetGroups.map((group) => ({ '@type': 'Audience', audienceType: group })),
    spatialCoverage: practice.countries.map((country) => ({ '@type': 'Country', identifier: country })),
    keywords: [practice.preventionLevel, ...practice.settings].join(', '),
    citation: evaluations
      .filter((evaluation) => evaluation.verification === 'verified')
      .map((evaluation) => ({
        '@type': 'ScholarlyArticle',
        name: evaluation.citation,
        ...(evaluation.doi
          ? {
              sameAs: `https://doi.org/${evaluation.doi}`,
              identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: evaluation.doi },
            }
          : {}),
      })),
  };
}
