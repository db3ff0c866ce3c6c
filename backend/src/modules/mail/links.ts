import type { AppConfig } from '../../config/env.schema';

/** An address in the app, as members open it (PUBLIC_URL). */
export function appLink(config: Pick<AppConfig, 'PUBLIC_URL'>, path: string): string {
  return `${config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
}
