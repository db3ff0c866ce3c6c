import { RESOURCE_SCOPES, type ResourceScope } from '@pn/shared';
import { Controller, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { LoadingState } from '../../../components/States';
import type { SchemaForm } from '../../../lib/useSchemaForm';
import { useShareableGroups } from '../hooks/useResources';
import type { ResourceFormValues } from '../resourceForm';
import { RadioGroup } from './RadioGroup';

interface ScopeFieldsProps<Values extends ResourceFormValues, Output> {
  idPrefix: string;
  form: SchemaForm<Values, Output>;
}

/** Who may see a resource: one group (among those where the sharer is an active member), all members, or anyone. */
export function ScopeFields<Values extends ResourceFormValues, Output>({
  idPrefix,
  form,
}: ScopeFieldsProps<Values, Output>) {
  const { t } = useTranslation();
  // The form has these fields, and maybe more: its own names are a wider type that TypeScript cannot narrow.
  const name = (field: 'scope' | 'groupSlug') => field as Path<Values>;
  const scope = form.watch(name('scope')) as ResourceScope;
  const shareable = useShareableGroups(scope === 'group');
  const options = shareable.groups.map((group) => ({ value: group.slug, label: group.name }));
  return (
    <>
      <Controller
        control={form.control}
        name={name('scope')}
        render={({ field }) => (
          <RadioGroup
            name={`${idPrefix}-scope`}
            legend={t('resources.fields.scopeLegend')}
            value={field.value as ResourceScope}
            options={RESOURCE_SCOPES.map((value) => ({
              value,
              label: t(`resources.scopes.${value}`),
              hint: t(`resources.scopeHints.${value}`),
            }))}
            onChange={field.onChange}
            error={form.fieldError(name('scope'))}
          />
        )}
      />
      {scope === 'group' ? (
        shareable.isPending ? (
          <LoadingState />
        ) : options.length === 0 && !shareable.isError ? (
          <p className="alert alert--info">{t('resources.fields.noGroups')}</p>
        ) : (
          <Controller
            control={form.control}
            name={name('groupSlug')}
            render={({ field }) => (
              <SelectField
                id={`${idPrefix}-group`}
                label={t('resources.fields.group')}
                placeholder={t('resources.fields.groupPlaceholder')}
                options={options}
                // A group the sharer is no longer in shows as unchosen, and must be chosen again.
                value={options.some((option) => option.value === field.value) ? (field.value as string) : ''}
                onChange={field.onChange}
                error={form.fieldError(name('groupSlug'))}
                required
              />
            )}
          />
        )
      ) : null}
    </>
  );
}
