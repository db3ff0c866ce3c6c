import { createInvitationSchema, type Group, type Invitation, type Page } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { EmptyState } from '../../../components/States';
import { TextField } from '../../../components/TextField';
import { http, isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useCurrentUser } from '../../../lib/currentUser';
import { createInvitation, emailKeys, withdrawInvitation } from '../api';
import { useInvitations } from '../hooks/usePagedList';
import '../email.css';

/** Coordinators invite by email, see where their invitations stand, and withdraw them. */
export function InvitationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.invitations.title'));
  const { formatDate } = useLocale();
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
  const list = useInvitations();
  // Network coordinators may invite to any group; others to the groups they coordinate.
  const groups = useQuery({
    queryKey: ['groups', 'for-invitations', user?.role],
    queryFn: ({ signal }) =>
      http.get<Page<Group>>(user?.role === 'coordinator' ? '/groups?limit=100' : '/groups?mine=true&limit=100', {
        signal,
      }),
    enabled: !!user,
  });
  const invitable = (groups.data?.items ?? []).filter(
    (group) => !group.archived && (user?.role === 'coordinator' || group.myMembership?.role === 'coordinator'),
  );
  // From a group's page, the group is chosen already.
  const [searchParams] = useSearchParams();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const form = useSchemaForm({
    schema: createInvitationSchema,
    defaultValues: { email: '', groupSlug: searchParams.get('group') ?? '' },
    toInput: ({ email, groupSlug }) => ({ email, ...(groupSlug ? { groupSlug } : {}) }),
  });
  const create = useMutation({
    mutationFn: createInvitation,
    onSuccess: (invitation) => {
      setOutcome(
        t(invitation.state === 'accepted' ? 'email.invitations.added' : 'email.invitations.sent', {
          email: invitation.email,
        }),
      );
      form.reset({ email: '', groupSlug: form.getValues('groupSlug') });
      void queryClient.invalidateQueries({ queryKey: emailKeys.invitations() });
    },
  });
  const withdraw = useMutation({
    mutationFn: (invitation: Invitation) => withdrawInvitation(invitation.id),
    onSuccess: (_, invitation) => {
      setOutcome(t('email.invitations.withdrawn', { email: invitation.email }));
      setWithdrawing(null);
      void queryClient.invalidateQueries({ queryKey: emailKeys.invitations() });
    },
  });

  if (list.isError && isApiError(list.error) && list.error.status === 403) {
    return (
      <div className="page">
        <h1>{t('email.invitations.title')}</h1>
        <p className="alert alert--info">{t('email.invitations.forbidden')}</p>
      </div>
    );
  }

  const submit = form.submit((body) => {
    create.mutate(body, { onError: (error) => form.showServerError(error) });
  });

  return (
    <div className="page page--wide">
      <h1>{t('email.invitations.title')}</h1>
      <p className="lead">{t('email.invitations.intro')}</p>
      <form
        id={form.formId}
        className="form card"
        onSubmit={(event) => {
          setOutcome(null);
          void submit(event);
        }}
        noValidate
        aria-labelledby="invite-title"
      >
        <h2 id="invite-title">{t('email.invitations.formLegend')}</h2>
        <FormAlert messages={form.formErrors} />
        <TextField
          id="invite-email"
          label={t('email.invitations.email')}
          type="email"
          autoComplete="off"
          {...form.field('email')}
          required
          spellCheck={false}
        />
        {/* Controlled: its options arrive after the form, and may include the group chosen from a group's page. */}
        <Controller
          control={form.control}
          name="groupSlug"
          render={({ field }) => (
            <SelectField
              id="invite-group"
              label={t('email.invitations.group')}
              placeholder={user?.role === 'coordinator' ? t('email.invitations.networkOnly') : undefined}
              options={invitable.map((group) => ({ value: group.slug, label: group.name }))}
              value={field.value}
              onChange={field.onChange}
              error={form.fieldError('groupSlug')}
            />
          )}
        />
        <div className="form__actions">
          <Button type="submit" busy={create.isPending} busyLabel={t('email.invitations.submitting')}>
            {t('email.invitations.submit')}
          </Button>
        </div>
      </form>
      <p role="status" aria-live="polite" className={outcome ? 'alert alert--success' : undefined}>
        {outcome ?? ''}
      </p>

      <h2>{t('email.invitations.listTitle')}</h2>
      <PagedResults
        list={list}
        empty={<EmptyState title={t('email.invitations.empty')} />}
        renderItems={(invitations) => (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('email.invitations.columns.email')}</th>
                    <th scope="col">{t('email.invitations.columns.group')}</th>
                    <th scope="col">{t('email.invitations.columns.invitedBy')}</th>
                    <th scope="col">{t('email.invitations.columns.state')}</th>
                    <th scope="col">{t('email.invitations.columns.expires')}</th>
                    <th scope="col">{t('email.invitations.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <td>{invitation.email}</td>
                      <td>{invitation.group?.name ?? t('email.invitations.networkOnly')}</td>
                      <td>{invitation.invitedBy?.displayName ?? t('common.notGiven')}</td>
                      <td>
                        <span className={`email-state email-state--${invitation.state}`}>
                          {t(`email.invitations.states.${invitation.state}`)}
                        </span>
                      </td>
                      <td>{formatDate(invitation.expiresAt)}</td>
                      <td>
                        {invitation.state === 'pending' ? (
                          <Button variant="secondary" onClick={() => setWithdrawing(invitation)}>
                            {t('email.invitations.withdraw')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      />
      {withdrawing ? (
        <ConfirmDialog
          title={t('email.invitations.withdrawTitle')}
          confirmLabel={t('email.invitations.withdraw')}
          busyLabel={t('email.invitations.withdrawing')}
          danger
          busy={withdraw.isPending}
          errors={withdraw.isError ? [errorMessage(withdraw.error)] : []}
          onConfirm={() => withdraw.mutate(withdrawing)}
          onCancel={() => {
            withdraw.reset();
            setWithdrawing(null);
          }}
        >
          <p>{t('email.invitations.withdrawText', { email: withdrawing.email })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
