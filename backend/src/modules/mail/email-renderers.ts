import { Injectable } from '@nestjs/common';
import type { DigestEmailKind, EmailKind, EmailSettingKind } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { EmailEntity } from './email.entity';
import type { EmailContent } from './layout';

/** What a renderer makes of an email at send time: its content, or why it is no longer due. */
export type Rendered = { content: EmailContent; unsubscribe?: EmailSettingKind | DigestEmailKind } | { skip: string };

export type EmailRenderer = (email: EmailEntity, manager: EntityManager) => Promise<Rendered>;

/**
 * Each feature registers how its kinds of email are rendered; the mail module sends them without
 * knowing any feature (features depend on mail, never the reverse).
 */
@Injectable()
export class EmailRenderers {
  private readonly renderers = new Map<EmailKind, EmailRenderer>();

  register(kinds: readonly EmailKind[], renderer: EmailRenderer): void {
    for (const kind of kinds) this.renderers.set(kind, renderer);
  }

  render(email: EmailEntity, manager: EntityManager): Promise<Rendered> {
    const renderer = this.renderers.get(email.kind);
    if (!renderer) throw new Error(`no renderer for emails of kind ${email.kind}`);
    return renderer(email, manager);
  }
}
