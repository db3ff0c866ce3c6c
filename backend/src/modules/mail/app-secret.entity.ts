import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Secrets the application makes for itself on first start, so that every instance uses the same. */
@Entity({ name: 'app_secrets' })
export class AppSecretEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  value: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
