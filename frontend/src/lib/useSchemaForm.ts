import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useRef, useState, type BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type ResolverOptions,
  type ResolverResult,
  type SubmitHandler,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { Message } from '../i18n/types';
import { isApiError } from './http';
import { errorMessage, issueMessage, knownTextMessage, splitFieldMessage, type StatusMessages } from './messages';

/** Problems per field, by the form's own field names. */
export type FieldProblems<Values extends FieldValues> = Partial<Record<Path<Values>, Message>>;

type Issue = z.ZodError['issues'][number];

// react-hook-form keeps an error's message as a string; ours are `Message`s, translated when rendered (so that
// switching language re-translates them). They travel as JSON with this mark in front.
const MARK = 'pn-message:';
const encode = (message: Message) => MARK + JSON.stringify(message);
const encodeList = (messages: readonly Message[]) => MARK + JSON.stringify(messages);

function decode(message: string): Message {
  if (message.startsWith(MARK)) return JSON.parse(message.slice(MARK.length)) as Message;
  // A message of the schema itself (its own messages win over ours, see `resolverFor`).
  return knownTextMessage(message) ?? { key: 'validation.invalid' };
}

function decodeList(message: unknown): Message[] {
  if (typeof message !== 'string' || !message.startsWith(MARK)) return [];
  return JSON.parse(message.slice(MARK.length)) as Message[];
}

/** The first error found in a (possibly nested, e.g. one item of a list) error of a field. */
function firstError(node: unknown): FieldError | null {
  if (!node || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  if (typeof record['message'] === 'string') return record as FieldError;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'ref') continue;
    const found = firstError(value);
    if (found) return found;
  }
  return null;
}

/** The message of a field's error, whether the schema, a check of the form or the server found it. */
export function fieldMessage(error: unknown): Message | undefined {
  const found = firstError(error);
  return found?.message ? decode(found.message) : undefined;
}

/** The problems of the form as a whole: the schema's outside every field, then the server's. */
export function formMessages(errors: FieldErrors): Message[] {
  return [...decodeList(errors.root?.['schema']?.message), ...decodeList(errors.root?.['server']?.message)];
}

interface SchemaFormOptions<Values extends FieldValues, Schema extends z.ZodType<unknown, FieldValues>> {
  schema: Schema;
  defaultValues: Values;
  /** The request the schema checks, made from the form's values (e.g. optional fields left out when empty). */
  toInput?: (values: Values) => z.input<Schema>;
  /**
   * Problems the schema cannot see (e.g. two passwords that differ, or no person chosen yet), shown instead of
   * the schema's for the same field.
   */
  check?: (values: Values) => FieldProblems<Values>;
}

export interface SchemaForm<Values extends FieldValues, Output> extends UseFormReturn<Values, unknown, Output> {
  /** Put on the <form> element: the first problem is focused inside it after a failed submit. */
  formId: string;
  /** The form's onSubmit: validates, then calls `onValid` with the schema's output. */
  submit: (onValid: SubmitHandler<Output>) => (event?: BaseSyntheticEvent) => Promise<unknown>;
  fieldError: (name: Path<Values>) => Message | undefined;
  /** A text or select control's registration and error, to spread on `TextField`, `SelectField` and the like. */
  field: (name: Path<Values>) => { registration: UseFormRegisterReturn; error: Message | undefined };
  /** The problems that belong to no single field, for the form's alert. */
  formErrors: Message[];
  /** Shows an error of the API: per field when it names one of the form's fields, otherwise for the form. */
  showServerError: (error: unknown, statusMessages?: StatusMessages) => void;
  /** Shows problems found outside the schema, e.g. a refusal the API explains by its status. */
  setProblems: (fields: FieldProblems<Values>, form?: Message[]) => void;
}

/**
 * A react-hook-form form validated by a shared zod schema: on submit first, then as the member types; the
 * schema's issues and the API's 400 answers shown per field in the reader's language; focus moved to the
 * first problem after a failed submit.
 */
export function useSchemaForm<Values extends FieldValues, Schema extends z.ZodType<unknown, FieldValues>>({
  schema,
  defaultValues,
  toInput,
  check,
}: SchemaFormOptions<Values, Schema>): SchemaForm<Values, z.output<Schema>> {
  const formId = useId();
  const [fieldNames] = useState(() => new Set(Object.keys(defaultValues)));
  // The resolver is made once; it uses the latest mapping, which may close over the component's state.
  const latest = useRef({ toInput, check });
  useEffect(() => {
    latest.current = { toInput, check };
  });
  const [resolve] = useState(() => resolverFor<Values, Schema>(schema, fieldNames));
  const resolver = useCallback<Resolver<Values, unknown, z.output<Schema>>>(
    (values, context, options) => resolve(latest.current, values, context, options),
    [resolve],
  );
  const form = useForm<Values, unknown, z.output<Schema>>({
    defaultValues: defaultValues as DefaultValues<Values>,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus follows the page's order, including controls react-hook-form holds no element of (the effect below).
    shouldFocusError: false,
  });
  const { setError, formState, handleSubmit, getFieldState } = form;

  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const element = document.getElementById(formId);
    const target =
      element?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      element?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [focusRequest, formId]);
  const requestFocus = useCallback(() => setFocusRequest((count) => count + 1), []);

  const setProblems = useCallback(
    (fields: FieldProblems<Values>, formMessages: Message[] = []) => {
      for (const [name, message] of Object.entries(fields) as [Path<Values>, Message | undefined][]) {
        if (message) setError(name, { type: 'server', message: encode(message) });
      }
      if (formMessages.length > 0) setError('root.server', { type: 'server', message: encodeList(formMessages) });
      requestFocus();
    },
    [setError, requestFocus],
  );

  const showServerError = useCallback(
    (error: unknown, statusMessages: StatusMessages = {}) => {
      if (!isApiError(error) || error.status !== 400 || statusMessages[400]) {
        setProblems({}, [errorMessage(error, statusMessages)]);
        return;
      }
      const fields: FieldProblems<Values> = {};
      const formMessages: Message[] = [];
      for (const raw of error.messages) {
        const { field, text } = splitFieldMessage(raw);
        if (field && fieldNames.has(field)) {
          fields[field as Path<Values>] ??= knownTextMessage(text) ?? { text };
        } else {
          formMessages.push(knownTextMessage(raw) ?? { text: raw });
        }
      }
      if (formMessages.length === 0 && Object.keys(fields).length === 0) formMessages.push({ key: 'errors.generic' });
      setProblems(fields, formMessages);
    },
    [fieldNames, setProblems],
  );

  const submit = useCallback(
    (onValid: SubmitHandler<z.output<Schema>>) => async (event?: BaseSyntheticEvent) => {
      let valid = false;
      await handleSubmit((output, submitEvent) => {
        valid = true;
        return onValid(output, submitEvent);
      })(event);
      // Only once the submit is over are its errors rendered, with the aria-invalid that focus looks for.
      if (!valid) requestFocus();
    },
    [handleSubmit, requestFocus],
  );

  const fieldError = (name: Path<Values>): Message | undefined => fieldMessage(getFieldState(name, formState).error);
  const field = (name: Path<Values>) => ({ registration: form.register(name), error: fieldError(name) });
  const formErrors = formMessages(formState.errors);

  return { ...form, formId, submit, fieldError, field, formErrors, showServerError, setProblems };
}

/**
 * zod's resolver, with messages in our `Message` shape and errors kept per field of the form: an issue deeper
 * in a field (one item of a list) belongs to the field, and one outside every field to the form.
 */
export function resolverFor<Values extends FieldValues, Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
  fieldNames: ReadonlySet<string>,
) {
  // Used for the issues the schema gives no message of its own (its own, in English, are mapped in `decode`).
  const zod = zodResolver(schema, {
    error: (issue) => encode(issueMessage({ ...issue, message: issue.message ?? '' } as Issue)),
  });
  return async (
    { toInput, check }: Pick<SchemaFormOptions<Values, Schema>, 'toInput' | 'check'>,
    ...[values, context, options]: Parameters<Resolver<Values, unknown, z.output<Schema>>>
  ): Promise<ResolverResult<Values, z.output<Schema>>> => {
    const input = (toInput ? toInput(values) : values) as z.input<Schema>;
    // The options describe the form's fields (typed by the form's values, not the schema's input): zod's
    // resolver only uses them to tie elements to errors, which focusing by the page's order does not need.
    const result = await zod(input, context, options as unknown as ResolverOptions<z.input<Schema>>);
    const extra = check?.(values) ?? {};
    if (Object.keys(result.errors).length === 0 && Object.keys(extra).length === 0) {
      return { values: result.values as z.output<Schema>, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    const formMessages: Message[] = [];
    for (const [name, node] of Object.entries(result.errors)) {
      const error = firstError(node);
      if (!error?.message) continue;
      if (fieldNames.has(name)) errors[name] = { type: error.type, message: error.message };
      else formMessages.push(decode(error.message));
    }
    for (const [name, message] of Object.entries(extra) as [string, Message][]) {
      errors[name] = { type: 'check', message: encode(message) };
    }
    const root =
      formMessages.length > 0 ? { root: { schema: { type: 'schema', message: encodeList(formMessages) } } } : {};
    return { values: {}, errors: { ...errors, ...root } as FieldErrors<Values> };
  };
}
