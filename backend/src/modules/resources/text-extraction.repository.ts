import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface VersionKey {
  resourceId: string;
  version: number;
}

/** A version's extraction claimed by this instance: `startedAt` proves the claim is still its own. */
export interface TextClaim extends VersionKey {
  storageKey: string;
  size: number;
  attempts: number;
  /** As PostgreSQL wrote it, to the microsecond (a JavaScript Date keeps milliseconds only). */
  startedAt: string;
}

/**
 * The extraction state of resource versions (`text_state`), shared by every instance: a claim is one
 * conditional UPDATE, so that of several instances (or a retry and a sweep of one) only one extracts.
 */
@Injectable()
export class TextExtractionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims a version whose extraction is pending, or whose claim is older than `leaseMs` (its instance
   * stopped midway). Null when another has it, or it is finished.
   */
  async claim(key: VersionKey, leaseMs: number): Promise<TextClaim | null> {
    const rows = (await this.dataSource.query(
      `UPDATE resource_versions
          SET text_state = 'extracting', text_started_at = clock_timestamp(), text_attempts = text_attempts + 1
        WHERE resource_id = $1 AND version = $2
          AND (text_state = 'pending'
               OR (text_state = 'extracting' AND text_started_at < clock_timestamp() - make_interval(secs => $3)))
        RETURNING storage_key, size, text_attempts, text_started_at::text AS started_at`,
      [key.resourceId, key.version, leaseMs / 1000],
    )) as [Array<{ storage_key: string; size: string; text_attempts: number; started_at: string }>, number];
    const row = rows[0][0];
    if (!row) return null;
    return {
      ...key,
      storageKey: row.storage_key,
      size: Number(row.size),
      attempts: row.text_attempts,
      startedAt: row.started_at,
    };
  }

  /**
   * Ends a claimed extraction, with the text when there is some; the search index follows by trigger.
   * Does nothing when the claim is no longer this one's (it took longer than the lease and was taken over).
   */
  async finish(claim: TextClaim, state: 'done' | 'failed', text: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [, updated] = (await manager.query(
        `UPDATE resource_versions SET text_state = $3
          WHERE resource_id = $1 AND version = $2 AND text_state = 'extracting' AND text_started_at = $4::timestamptz`,
        [claim.resourceId, claim.version, state, claim.startedAt],
      )) as [unknown, number];
      if (updated === 0) return false;
      if (text) {
        await manager.query(
          `INSERT INTO resource_texts (resource_id, version, text) VALUES ($1, $2, $3)
           ON CONFLICT (resource_id, version) DO UPDATE SET text = EXCLUDED.text`,
          [claim.resourceId, claim.version, text],
        );
      }
      return true;
    });
  }

  /** Gives a claim back untouched (the app is closing): the next start takes it up at once. */
  async release(claim: TextClaim): Promise<void> {
    await this.dataSource.query(
      `UPDATE resource_versions SET text_state = 'pending', text_attempts = greatest(text_attempts - 1, 0)
        WHERE resource_id = $1 AND version = $2 AND text_state = 'extracting' AND text_started_at = $3::timestamptz`,
      [claim.resourceId, claim.version, claim.startedAt],
    );
  }

  /** Versions waiting for an extraction, or abandoned midway, oldest first. */
  async unfinished(leaseMs: number, limit: number): Promise<VersionKey[]> {
    const rows = (await this.dataSource.query(
      `SELECT resource_id, version FROM resource_versions
        WHERE text_state IN ('pending', 'extracting')
          AND (text_state = 'pending' OR text_started_at < clock_timestamp() - make_interval(secs => $1))
        ORDER BY uploaded_at LIMIT $2`,
      [leaseMs / 1000, limit],
    )) as Array<{ resource_id: string; version: number }>;
    return rows.map((row) => ({ resourceId: row.resource_id, version: row.version }));
  }
}
