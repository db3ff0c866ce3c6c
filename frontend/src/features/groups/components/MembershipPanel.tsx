import type { Group, User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { useJoinGroup, useLeaveGroup, useMuteGroup } from '../hooks/useGroupMutations';
import { joinState } from '../permissions';
import { JoinRequestDialog } from './JoinRequestDialog';

/** Where the user stands in the group, and what they can do about it: join, ask, withdraw, mute, leave. */
export function MembershipPanel({ group, user }: { group: Group; user: User | null }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const location = useLocation();
  const join = useJoinGroup(group.slug);
  const leave = useLeaveGroup(group.slug);
  const mute = useMuteGroup(group.slug);
  const [dialog, setDialog] = useState<'request' | 'leave' | 'withdraw' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const state = joinState(group, user);
  const membership = group.myMembership;

  const open = (next: typeof dialog) => {
    setDone(null);
    join.reset();
    leave.reset();
    setDialog(next);
  };

  const joinNow = () => {
    setDone(null);
    join.mutate({}, { onSuccess: () => setDone(t('groups.join.joined', { group: group.name })) });
  };

  const signInState: AppLocationState = { from: `${location.pathname}${location.search}` };

  return (
    <section className="card membership" aria-labelledby="membership-title">
      <h2 id="membership-title" className="card__title">
        {t('groups.membership.title')}
      </h2>
      <StatusMessage message={done} />
      <FormAlert messages={join.isError && !dialog ? [errorMessage(join.error)] : []} />
      <FormAlert messages={mute.isError ? [errorMessage(mute.error)] : []} />

      {state === 'sign-in' ? (
        <>
          <p>{t(`groups.visitorSteps.${group.joinPolicy}`)}</p>
          <p>{t('groups.membership.signIn')}</p>
          <div className="actions-row">
            <Link to="/register" state={signInState} className="button button--primary">
              {t('nav.applyToJoin')}
            </Link>
            <Link to="/login" state={signInState} className="button button--secondary">
              {t('nav.signIn')}
            </Link>
          </div>
        </>
      ) : state === 'account-not-active' ? (
        <p>{t('groups.membership.accountNotActive')}</p>
      ) : state === 'archived' ? (
        <p>{t('groups.membership.archived')}</p>
      ) : state === 'invite-only' ? (
        <p>{t('groups.membership.inviteOnly')}</p>
      ) : state === 'join' ? (
        <>
          <p>{t('groups.membership.open')}</p>
          <Button onClick={joinNow} busy={join.isPending} busyLabel={t('groups.join.joining')}>
            {t('groups.join.join')}
          </Button>
        </>
      ) : state === 'request' ? (
        <>
          <p>{t('groups.membership.approval')}</p>
          <Button onClick={() => open('request')}>{t('groups.join.request')}</Button>
        </>
      ) : state === 'requested' ? (
        <>
          <p>{t('groups.membership.requested', { date: formatDate(membership?.since ?? group.createdAt) })}</p>
          {membership?.requestMessage ? (
            <blockquote className="quote">
              <p className="quote__label">{t('groups.membership.yourMessage')}</p>
              <p className="pre-line">{membership.requestMessage}</p>
            </blockquote>
          ) : null}
          <Button variant="secondary" onClick={() => open('withdraw')}>
            {t('groups.leave.withdraw')}
          </Button>
        </>
      ) : (
        <>
          <p>
            {membership?.role === 'coordinator'
              ? t('groups.membership.coordinator', { date: formatDate(membership.since) })
              : t('groups.membership.member', { date: formatDate(membership?.since ?? group.createdAt) })}
          </p>
          <p className="muted">{membership?.muted ? t('groups.mute.mutedHint') : t('groups.mute.hint')}</p>
          <div className="actions-row">
            <Button
              variant="secondary"
              aria-pressed={membership?.muted ?? false}
              busy={mute.isPending}
              busyLabel={t('common.saving')}
              onClick={() => mute.mutate(!membership?.muted)}
            >
              {t('groups.mute.toggle')}
            </Button>
            <Button variant="secondary" onClick={() => open('leave')}>
              {t('groups.leave.leave')}
            </Button>
          </div>
        </>
      )}

      {dialog === 'request' ? (
        <JoinRequestDialog
          groupName={group.name}
          busy={join.isPending}
          errors={join.isError ? [errorMessage(join.error)] : []}
          onConfirm={(body) =>
            join.mutate(body, {
              onSuccess: () => {
                setDialog(null);
                setDone(t('groups.join.requested'));
              },
            })
          }
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'leave' || dialog === 'withdraw' ? (
        <ConfirmDialog
          title={
            dialog === 'leave'
              ? t('groups.leave.title', { group: group.name })
              : t('groups.leave.withdrawTitle', { group: group.name })
          }
          confirmLabel={dialog === 'leave' ? t('groups.leave.confirm') : t('groups.leave.withdrawConfirm')}
          busyLabel={t('common.saving')}
          danger={dialog === 'leave'}
          busy={leave.isPending}
          errors={leave.isError ? [errorMessage(leave.error)] : []}
          onConfirm={() =>
            leave.mutate(undefined, {
              onSuccess: () => {
                const wasLeaving = dialog === 'leave';
                setDialog(null);
                setDone(wasLeaving ? t('groups.leave.left', { group: group.name }) : t('groups.leave.withdrawn'));
              },
            })
          }
          onCancel={() => setDialog(null)}
        >
          <p>{dialog === 'leave' ? t('groups.leave.text') : t('groups.leave.withdrawText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
