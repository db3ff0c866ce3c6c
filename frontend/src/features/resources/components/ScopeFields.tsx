import { RESOURCE_SCOPES, type ResourceScope } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { LoadingState } from '../../../components/States';
import type { FieldErrors } from '../../../lib/useZodForm';
import { useShareableGroups } from '../hooks/useResources';
import { RadioGroup } from './RadioGroup';

interface ScopeFieldsProps {
  idPrefix: string;
  scope: ResourceScope;
  groupSlug: string;
  errors: FieldErrors<'scope' | 'groupSlug'>;
  onScopeChange: (scope: ResourceScope) => void;
  onGroupChange: (slug: string) => void;
}

/** Who may see a resource: one group (among those where the sharer is an active member), all members, or anyone. */
export function ScopeFields({ idPrefix, scope, groupSlug, errors, onScopeChange, onGroupChange }: ScopeFieldsProps) {
  const { t } = useTranslation();
  const shareable = useShareableGroups(scope === 'group');
  const options = shareable.groups.map((group) => ({ value: group.slug, label: group.name }));
  return (
    <>
      <RadioGroup
        name={`${idPrefix}-scope`}
        legend={t('resources.fields.scopeLegend')}
        value={scope}
        options={RESOURCE_SCOPES.map((value) => ({
          value,
          label: t(`resources.scopes.${value}`),
          hint: t(`resources.scopeHints.${value}`),
        }))}
        onChange={onScopeChange}
        error={errors.scope}
      />
      {scope === 'group' ? (
        shareable.isPending ? (
          <LoadingState />
        ) : options.length === 0 && !shareable.isError ? (
          <p className="alert alert--info">{t('resources.fields.noGroups')}</p>
        ) : (
          <SelectField
            id={`${idPrefix}-group`}
            label={t('resources.fields.group')}
            placeholder={t('resources.fields.groupPlaceholder')}
            options={options}
            // A group the sharer is no longer in shows as unchosen, and must be chosen again.
            value={options.some((option) => option.value === groupSlug) ? groupSlug : ''}
            onChange={onGroupChange}
            error={errors.groupSlug}
            required
          />
        )
      ) : null}
    </>
  );
}
