import { useCallback, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { Message } from '../i18n/types';
import { isApiError } from './http';
import { errorMessage, issueMessage, knownTextMessage, splitFieldMessage, type StatusMessages } from './messages';

export type FieldErrors<Field extends string> = Partial<Record<Field, Message>>;

export interface ZodForm<Schema extends z.ZodType, Field extends string> {
  /** Put on the <form> element: the first problem is focused inside it after a failed submit. */
  formId: string;
  fieldErrors: FieldErrors<Field>;
  formErrors: Message[];
  /**
   * Validates with the schema; returns the parsed value, or null after showing the problems. `extra` adds
   * problems found outside the schema (e.g. two passwords that differ); the schema's own come first.
   */
  validate: (values: z.input<Schema>, extra?: FieldErrors<Field>) => z.output<Schema> | null;
  /** Shows an error of the API: per field when it names one of the form's fields, otherwise for the form. */
  showServerError: (error: unknown, statusMessages?: StatusMessages) => void;
  /** Adds problems found outside the schema (e.g. two passwords that differ). */
  setProblems: (fields: FieldErrors<Field>, form?: Message[]) => void;
  clearErrors: () => void;
}

/**
 * Form validation with a shared zod schema: per-field messages for `aria-describedby`, a list for the form's
 * alert, server errors mapped onto fields, and focus moved to the first problem after a failed submit.
 */
export function useZodForm<Schema extends z.ZodType, Field extends string>(
  schema: Schema,
  fields: readonly Field[],
): ZodForm<Schema, Field> {
  const formId = useId();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<Message[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const form = document.getElementById(formId);
    if (!form) return;
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [focusRequest, formId]);

  // `fields` is expected to be a constant array declared outside the component.
  const isField = useCallback((name: string): name is Field => (fields as readonly string[]).includes(name), [fields]);

  const setProblems = useCallback((nextFields: FieldErrors<Field>, nextForm: Message[] = []) => {
    setFieldErrors(nextFields);
    setFormErrors(nextForm);
    setFocusRequest((count) => count + 1);
  }, []);

  const validate = useCallback(
    (values: z.input<Schema>, extra: FieldErrors<Field> = {}): z.output<Schema> | null => {
      const result = schema.safeParse(values);
      const hasExtra = Object.keys(extra).length > 0;
      if (result.success && !hasExtra) {
        setFieldErrors({});
        setFormErrors([]);
        return result.data;
      }
      const nextFields: FieldErrors<Field> = {};
      const nextForm: Message[] = [];
      for (const issue of result.success ? [] : result.error.issues) {
        const first = issue.path[0];
        const message = issueMessage(issue);
        if (typeof first === 'string' && isField(first)) {
          nextFields[first] ??= message;
        } else {
          nextForm.push(message);
        }
      }
      setProblems({ ...extra, ...nextFields }, nextForm);
      return null;
    },
    [schema, isField, setProblems],
  );

  const showServerError = useCallback(
    (error: unknown, statusMessages: StatusMessages = {}) => {
      if (isApiError(error) && error.status === 400 && !statusMessages[400]) {
        const nextFields: FieldErrors<Field> = {};
        const nextForm: Message[] = [];
        for (const raw of error.messages) {
          const { field, text } = splitFieldMessage(raw);
          const message = knownTextMessage(text) ?? { text };
          if (field && isField(field)) nextFields[field] ??= message;
          else nextForm.push(knownTextMessage(raw) ?? { text: raw });
        }
        if (nextForm.length === 0 && Object.keys(nextFields).length === 0) nextForm.push({ key: 'errors.generic' });
        setProblems(nextFields, nextForm);
        return;
      }
      setProblems({}, [errorMessage(error, statusMessages)]);
    },
    [isField, setProblems],
  );

  const clearErrors = useCallback(() => {
    setFieldErrors({});
    setFormErrors([]);
  }, []);

  return { formId, fieldErrors, formErrors, validate, showServerError, setProblems, clearErrors };
}
