import {
  EMAIL_FREQUENCIES,
  EMAIL_SETTING_KINDS,
  notificationSettingsSchema,
  type EmailFrequency,
  type EmailSettingKind,
  type Group,
  type NotificationSettings,
  type Page,
} from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { ErrorState, LoadingState } from '../../../components/States';
import { http } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { emailKeys, saveSettings, settingsQuery } from '../api';
import '../email.css';

/** One row of radio buttons: a native radio group, so arrows move between the choices. */
function FrequencyChoice({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: EmailFrequency;
  onChange: (value: EmailFrequency) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="email-settings__frequencies">
      <legend className="visually-hidden">{label}</legend>
      {EMAIL_FREQUENCIES.map((frequency) => (
        <label key={frequency}>
          <input
            type="radio"
            name={name}
            value={frequency}
            checked={value === frequency}
            onChange={() => onChange(frequency)}
          />
          {t(`email.settings.frequencies.${frequency}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Email per kind and per group: at once, daily, weekly or never. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.settings.title'));
  const settings = useQuery(settingsQuery);
  const groups = useQuery({
    queryKey: ['groups', 'mine', 'for-email-settings'],
    queryFn: ({ signal }) => http.get<Page<Group>>('/groups?mine=true&limit=100', { signal }),
  });
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<NotificationSettings | null>(null);
  const [adding, setAdding] = useState('');
  const loaded = draft ?? settings.data;
  // The choices are radio rows kept in `draft`, not fields of the form: its problems are the form's.
  const form = useSchemaForm({
    schema: notificationSettingsSchema,
    defaultValues: {},
    // Before the settings load there is no form to submit.
    toInput: () => ({
      kinds: loaded?.kinds ?? ({} as NotificationSettings['kinds']),
      groups: (loaded?.groups ?? []).map(({ groupSlug, frequency }) => ({ groupSlug, frequency })),
    }),
  });
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(emailKeys.settings(), saved);
      setDraft(saved);
    },
  });

  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  // The member's changes, until saved; the stored settings before any.
  const current = draft ?? settings.data;

  const setKind = (kind: EmailSettingKind, frequency: EmailFrequency) => {
    save.reset();
    setDraft({ ...current, kinds: { ...current.kinds, [kind]: frequency } });
  };
  const setGroup = (slug: string, frequency: EmailFrequency) => {
    save.reset();
    setDraft({ ...current, groups: current.groups.map((g) => (g.groupSlug === slug ? { ...g, frequency } : g)) });
  };
  const available = (groups.data?.items ?? []).filter(
    (group) => !current.groups.some((chosen) => chosen.groupSlug === group.slug),
  );

  const submit = form.submit((body) => {
    save.mutate(body, { onError: (error) => form.showServerError(error) });
  });

  return (
    <div className="page">
      <h1>{t('email.settings.title')}</h1>
      <p className="lead">{t('email.settings.intro')}</p>
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <section className="card" aria-labelledby="email-kinds-title">
          <h2 id="email-kinds-title">{t('email.settings.kindsLegend')}</h2>
          <table className="email-settings__table">
            <tbody>
              {EMAIL_SETTING_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(`email.settings.kinds.${kind}`)}</th>
                  <td>
                    <FrequencyChoice
                      name={`kind-${kind}`}
                      label={t(`email.settings.kinds.${kind}`)}
                      value={current.kinds[kind]}
                      onChange={(frequency) => setKind(kind, frequency)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="card" aria-labelledby="email-groups-title">
          <h2 id="email-groups-title">{t('email.settings.groupsLegend')}</h2>
          <p>{t('email.settings.groupsIntro')}</p>
          {current.groups.length === 0 ? (
            <p className="muted">{t('email.settings.groupsEmpty')}</p>
          ) : (
            <table className="email-settings__table">
              <tbody>
                {current.groups.map((group) => (
                  <tr key={group.groupSlug}>
                    <th scope="row">{group.groupName}</th>
                    <td>
                      <FrequencyChoice
                        name={`group-${group.groupSlug}`}
                        label={group.groupName}
                        value={group.frequency}
                        onChange={(frequency) => setGroup(group.groupSlug, frequency)}
                      />
                    </td>
                    <td>
                      <Button
                        variant="secondary"
                        onClick={() =>
                          setDraft({
                            ...current,
                            groups: current.groups.filter((g) => g.groupSlug !== group.groupSlug),
                          })
                        }
                      >
                        {t('email.settings.remove', { group: group.groupName })}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {groups.isError ? <ErrorState error={groups.error} onRetry={() => void groups.refetch()} /> : null}
          {available.length > 0 ? (
            <div className="email-settings__add">
              <SelectField
                id="email-add-group"
                label={t('email.settings.addGroup')}
                placeholder={t('email.settings.chooseGroup')}
                options={available.map((group) => ({ value: group.slug, label: group.name }))}
                value={adding}
                onChange={setAdding}
              />
              <Button
                variant="secondary"
                disabled={!adding}
                onClick={() => {
                  const group = available.find((candidate) => candidate.slug === adding);
                  if (!group) return;
                  setDraft({
                    ...current,
                    groups: [...current.groups, { groupSlug: group.slug, groupName: group.name, frequency: 'weekly' }],
                  });
                  setAdding('');
                }}
              >
                {t('email.settings.add')}
              </Button>
            </div>
          ) : null}
        </section>

        <div className="form__actions">
          <Button type="submit" busy={save.isPending} busyLabel={t('email.settings.saving')}>
            {t('email.settings.save')}
          </Button>
        </div>
        <p role="status" aria-live="polite">
          {save.isSuccess ? t('email.settings.saved') : ''}
        </p>
      </form>
    </div>
  );
}
