import type { en } from './en';

/** The shape every language file must have: the same keys as English, each a string. */
export type TranslationShape<T> = { [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]> };
export type Translation = TranslationShape<typeof en>;

/** Keys of the messages that validation and API errors are shown with. */
export type MessageKey =
  | `validation.${Extract<keyof Translation['validation'], string>}`
  | `errors.${Extract<keyof Translation['errors'], string>}`
  | `resources.errors.${Extract<keyof Translation['resources']['errors'], string>}`
  | `auth.errors.${Extract<keyof Translation['auth']['errors'], string>}`
  | `security.errors.${Extract<keyof Translation['security']['errors'], string>}`
  | `polls.errors.${Extract<keyof Translation['polls']['errors'], string>}`
  | `practices.errors.${Extract<keyof Translation['practices']['errors'], string>}`;

/** A message to show, translated when it is rendered so that switching language re-translates it. */
export type Message = { key: MessageKey; values?: Record<string, string | number> } | { text: string };
