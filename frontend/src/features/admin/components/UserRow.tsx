import { ROLES, type Role, type User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { useLocale } from '../../../lib/useLocale';

export type UserAction =
  | { kind: 'role'; user: User; role: Role }
  | { kind: 'suspend'; user: User }
  | { kind: 'reactivate'; user: User }
  | { kind: 'sessions'; user: User };

interface UserRowProps {
  user: User;
  isSelf: boolean;
  disabled: boolean;
  onAction: (action: UserAction) => void;
}

export function UserRow({ user, isSelf, disabled, onAction }: UserRowProps) {
  const { t } = useTranslation();
  const { formatDate, countryName } = useLocale();
  const [role, setRole] = useState<Role>(user.role);
  const roleSelectId = `role-${user.id}`;

  return (
    <tr>
      <th scope="row">
        {user.status === 'active' ? <Link to={`/members/${user.id}`}>{user.displayName}</Link> : user.displayName}
        {isSelf ? <span className="muted"> ({t('admin.users.you')})</span> : null}
        <div className="muted cell-sub">{user.email}</div>
      </th>
      <td>{t(`professions.${user.profession}`)}</td>
      <td>{countryName(user.country)}</td>
      <td>
        <span className={`badge badge--${user.status}`}>{t(`statuses.${user.status}`)}</span>
      </td>
      <td>{formatDate(user.createdAt)}</td>
      <td>
        {isSelf ? (
          <>
            {t(`roles.${user.role}`)}
            <div className="muted cell-sub">{t('admin.users.selfNote')}</div>
          </>
        ) : (
          <div className="inline-control">
            <label className="visually-hidden" htmlFor={roleSelectId}>
              {t('admin.users.roleFor', { name: user.displayName })}
            </label>
            <select
              id={roleSelectId}
              className="input select select--compact"
              value={role}
              disabled={disabled}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`roles.${value}`)}
                </option>
              ))}
            </select>
            <Button
              variant="secondary"
              className="button--small"
              disabled={disabled || role === user.role}
              onClick={() => onAction({ kind: 'role', user, role })}
            >
              {t('admin.users.changeRole')}
              <span className="visually-hidden"> {user.displayName}</span>
            </Button>
          </div>
        )}
      </td>
      <td>
        <div className="inline-control">
          {isSelf ? null : user.status === 'active' ? (
            <Button
              variant="danger"
              className="button--small"
              disabled={disabled}
              onClick={() => onAction({ kind: 'suspend', user })}
            >
              {t('admin.users.suspend')}
              <span className="visually-hidden"> {user.displayName}</span>
            </Button>
          ) : user.status === 'suspended' ? (
            <Button
              variant="secondary"
              className="button--small"
              disabled={disabled}
              onClick={() => onAction({ kind: 'reactivate', user })}
            >
              {t('admin.users.reactivate')}
              <span className="visually-hidden"> {user.displayName}</span>
            </Button>
          ) : (
            <Link to="/admin/vetting">{t('admin.users.toVetting')}</Link>
          )}
          {isSelf || user.status !== 'active' ? null : (
            <Button
              variant="secondary"
              className="button--small"
              disabled={disabled}
              onClick={() => onAction({ kind: 'sessions', user })}
            >
              {t('admin.users.endSessions')}
              <span className="visually-hidden"> {user.displayName}</span>
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
