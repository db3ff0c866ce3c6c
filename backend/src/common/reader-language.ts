import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UI_LANGUAGES, type UiLanguage } from '@pn/shared';
import type { FastifyRequest } from 'fastify';

const isUiLanguage = (value: string): value is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * The language to answer in: the first of the request's `Accept-Language` (by weight, then order) that the
 * interface speaks, else the signed-in reader's interface language, else null (show the original). Our own
 * frontend sends the language it is showing, so what a reader sees matches the page around it.
 */
export function readerLanguage(acceptLanguage: string | undefined, locale: UiLanguage | undefined): UiLanguage | null {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const found = ranges.find((range) => isUiLanguage(range.primary));
  return found ? (found.primary as UiLanguage) : (locale ?? null);
}

/** The reader's language for this request (see `readerLanguage`). */
export const ReaderLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): UiLanguage | null => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: { user: { locale: UiLanguage } } }>();
  const header = request.headers['accept-language'];
  return readerLanguage(typeof header === 'string' ? header : undefined, request.auth?.user.locale);
});
