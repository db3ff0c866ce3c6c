import type { MessageFlag } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { MessageBody } from '../../../components/MessageBody';
import { useFlagList } from '../hooks/useGroups';
import { useDeleteFlaggedMessage, useResolveFlag } from '../hooks/useGroupMutations';

/** Messages members flagged in this group: hide the message, dismiss the flag, or delete the message (confirmed). */
export function FlagQueue({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const list = useFlagList(slug, true);
  const resolve = useResolveFlag(slug);
  const remove = useDeleteFlaggedMessage(slug);
  const [done, setDone] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<MessageFlag | null>(null);
  const acting = resolve.isPending || remove.isPending;

  const decide = (flag: MessageFlag, decision: 'hide' | 'dismiss') => {
    setDone(null);
    resolve.mutate(
      { id: flag.id, body: { decision } },
      { onSuccess: () => setDone(decision === 'hide' ? t('groups.flags.hidden') : t('groups.flags.dismissed')) },
    );
  };

  return (
    <>
      <StatusMessage message={done} />
      <FormAlert messages={resolve.isError ? [errorMessage(resolve.error)] : []} />
      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('groups.flags.emptyTitle')} headingLevel={3}>
            <p>{t('groups.flags.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(flags) => (
          <>
            <ul className="stack">
              {flags.map((flag) => {
                const busy = resolve.isPending && resolve.variables?.id === flag.id;
                const author = flag.message.author?.displayName ?? t('discussions.formerMember');
                return (
                  <li key={flag.id} className="card flag">
                    <p className="flag__context">
                      <Link to={`/threads/${flag.message.threadId}#message-${flag.message.id}`}>
                        {flag.threadTitle}
                      </Link>
                      {' · '}
                      {t('groups.flags.messageBy', { name: author, date: formatDateTime(flag.message.createdAt) })}
                    </p>
                    <blockquote className="quote">
                      {flag.message.deleted || flag.message.hidden ? (
                        <p className="muted">
                          {flag.message.deleted ? t('discussions.message.deleted') : t('discussions.message.hidden')}
                        </p>
                      ) : (
                        <MessageBody body={flag.message.body} />
                      )}
                    </blockquote>
                    <p>
                      <strong>{t('groups.flags.reason')}</strong> {flag.reason}
                    </p>
                    <p className="muted">
                      {t('groups.flags.flaggedBy', {
                        name: flag.flaggedBy?.displayName ?? t('discussions.formerMember'),
                        date: formatDateTime(flag.createdAt),
                      })}
                    </p>
                    <div className="actions-row">
                      <Button
                        variant="danger"
                        disabled={acting}
                        busy={busy && resolve.variables?.body.decision === 'hide'}
                        busyLabel={t('common.saving')}
                        onClick={() => decide(flag, 'hide')}
                      >
                        {t('groups.flags.hide')}
                      </Button>
                      <Button
                        variant="secondary"
                        disabled={acting}
                        busy={busy && resolve.variables?.body.decision === 'dismiss'}
                        busyLabel={t('common.saving')}
                        onClick={() => decide(flag, 'dismiss')}
                      >
                        {t('groups.flags.dismiss')}
                      </Button>
                      <Button
                        variant="link"
                        disabled={acting}
                        onClick={() => {
                          setDone(null);
                          remove.reset();
                          setDeleting(flag);
                        }}
                      >
                        {t('groups.flags.delete')}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      />
      {deleting ? (
        <ConfirmDialog
          title={t('groups.flags.deleteTitle')}
          confirmLabel={t('groups.flags.deleteConfirm')}
          busyLabel={t('common.saving')}
          danger
          busy={remove.isPending}
          errors={remove.isError ? [errorMessage(remove.error)] : []}
          onConfirm={() =>
            remove.mutate(deleting.message.id, {
              onSuccess: () => {
                setDeleting(null);
                setDone(t('groups.flags.deleted'));
              },
            })
          }
          onCancel={() => setDeleting(null)}
        >
          <p>
            {t('groups.flags.deleteText', {
              name: deleting.message.author?.displayName ?? t('discussions.formerMember'),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
