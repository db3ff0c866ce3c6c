import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { readLocationState } from '../lib/locationState';
import { StatusMessage } from './StatusMessage';

/** Shows the one-off notice a page was sent to with (e.g. after sign-out or erasure), in a live region. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const { notice } = readLocationState(useLocation().state);
  return <StatusMessage message={notice ? t(`notices.${notice}`) : null} />;
}
