import type { Resource } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage } from '../../../lib/messages';
import { useRemoveResource } from '../hooks/useResourceMutations';
import type { LibraryLocationState } from '../libraryState';

/** Removal by the author, a coordinator of its group or a network coordinator, after confirming. */
export function RemoveResource({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveResource(resource.id);
  return (
    <>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('resources.page.remove')}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={t('resources.remove.title', { title: resource.title })}
          confirmLabel={t('resources.remove.confirm')}
          busyLabel={t('resources.remove.busy')}
          danger
          busy={remove.isPending}
          errors={remove.isError ? [errorMessage(remove.error)] : []}
          onCancel={() => {
            setConfirming(false);
            remove.reset();
          }}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                const state: LibraryLocationState = { removedTitle: resource.title };
                void navigate('/resources', { state });
              },
            })
          }
        >
          <p>{t('resources.remove.text')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
