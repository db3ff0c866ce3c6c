import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from './Button';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  busyLabel: string;
  /** Where leaving the form without saving goes. */
  cancelTo: string;
  /** The leaving link's text; "Cancel" unless the page says otherwise. */
  cancelLabel?: string;
}

/** A page form's last line: the button that sends it and a link that leaves it without saving. */
export function FormActions({ submitLabel, busy, busyLabel, cancelTo, cancelLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </Button>
      <Link to={cancelTo} className="button button--secondary">
        {cancelLabel ?? t('common.cancel')}
      </Link>
    </div>
  );
}
