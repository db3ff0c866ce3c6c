import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { visibleSql } from './resource-visibility';
import { ResourceVersionEntity } from './resource-version.entity';
import { ResourceEntity } from './resource.entity';

/** The versions of resources' files: their rows, and the resource's pointer to its current one. */
export const resourceVersionsRepository = {
  /** Holds, until the transaction ends, the lock of every upload of these bytes. */
  async lockChecksum(manager: EntityManager, checksum: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [checksumLockKey(checksum)]);
  },

  /** The oldest resource the viewer may see, not removed, whose current file has these bytes. */
  withCurrentFile(manager: EntityManager, checksum: string, viewer: Viewer): Promise<ResourceEntity | null> {
    const visible = visibleSql('r', viewer);
    return manager
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .innerJoin(ResourceVersionEntity, 'v', 'v.resource_id = r.id AND v.version = r.current_version')
      .where('v.checksum = :checksum', { checksum })
      .andWhere('r.removed_at IS NULL')
      .andWhere(visible.sql, visible.params)
      .orderBy('r.created_at', 'ASC')
      .getOne();
  },

  insert(manager: EntityManager, fields: Partial<ResourceVersionEntity>): Promise<ResourceVersionEntity> {
    return manager.save(manager.create(ResourceVersionEntity, fields));
  },

  /** The resource's file is now this version. */
  async makeCurrent(manager: EntityManager, resourceId: string, version: number): Promise<void> {
    await manager.update(ResourceEntity, resourceId, { currentVersion: version, updatedAt: new Date() });
  },

  /** The current file of each of these resources (links have none). */
  async current(manager: EntityManager, resourceIds: string[]): Promise<ResourceVersionEntity[]> {
    if (resourceIds.length === 0) return [];
    return manager
      .getRepository(ResourceVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(ResourceEntity, 'r', 'r.id = v.resource_id AND r.current_version = v.version')
      .where('v.resource_id IN (:...resourceIds)', { resourceIds })
      .getMany();
  },

  find(manager: EntityManager, resourceId: string, version: number): Promise<ResourceVersionEntity | null> {
    return manager.getRepository(ResourceVersionEntity).findOneBy({ resourceId, version });
  },

  /** Every version of a resource's file, newest first, with who uploaded it. */
  all(manager: EntityManager, resourceId: string): Promise<ResourceVersionEntity[]> {
    return manager.getRepository(ResourceVersionEntity).find({
      where: { resourceId },
      relations: { uploader: true },
      order: { version: 'DESC' },
    });
  },
};

/** A 64-bit advisory lock key from a SHA-256 checksum: its first 16 hex digits. */
function checksumLockKey(checksum: string): string {
  return BigInt.asIntN(64, BigInt(`0x${checksum.slice(0, 16)}`)).toString();
}
