import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OUTCOME_CONSTRUCTS, TARGET_GROUPS, type GapMap, type GapMapCell } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { evidenceMapRepository as evidence, type GapMapFilters } from './evidence-map.repository';
import { csvExport, jsonExport, type ExportBatch } from './open-data';

/** Practices read per statement while the export streams: a few hundred rows, never the whole library. */
const EXPORT_BATCH = 200;

/** The evidence gap map over the published library, and the library as open data. */
@Injectable()
export class EvidenceMapService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every target group against every construct, the empty cells included, so that gaps show. */
  async gapMap(filters: GapMapFilters): Promise<GapMap> {
    const found = await evidence.cells(this.dataSource.manager, filters);
    const byKey = new Map(found.map((cell) => [`${cell.targetGroup}|${cell.construct}`, cell]));
    const cells: GapMapCell[] = [];
    for (const targetGroup of TARGET_GROUPS) {
      for (const construct of OUTCOME_CONSTRUCTS) {
        cells.push(
          byKey.get(`${targetGroup}|${construct}`) ?? {
            targetGroup,
            construct,
            practices: 0,
            evaluations: 0,
            bestStrength: 0,
            direction: null,
          },
        );
      }
    }
    return { targetGroups: [...TARGET_GROUPS], constructs: [...OUTCOME_CONSTRUCTS], cells };
  }

  /** The published library, batch by batch, as CSV or JSON text. */
  export(format: 'csv' | 'json'): AsyncIterable<string> {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    const batches = this.batches();
    return format === 'csv' ? csvExport(batches, base) : jsonExport(batches, base);
  }

  private async *batches(): AsyncGenerator<ExportBatch> {
    let after: string | null = null;
    for (;;) {
      const practices = await evidence.publishedAfter(this.dataSource.manager, after, EXPORT_BATCH);
      if (practices.length === 0) return;
      const outcomes = await evidence.verifiedOutcomesOf(
        this.dataSource.manager,
        practices.map((practice) => practice.id),
      );
      yield { practices, outcomes };
      if (practices.length < EXPORT_BATCH) return;
      after = practices[practices.length - 1]!.id;
    }
  }
}
