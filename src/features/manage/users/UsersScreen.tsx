import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers, type ManagedUser } from '../../../offline/manage-admin';
import { useFailure, useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

/** Admin only: the server answers 403 to anyone else, and the navigation hides the section. */
export function UsersScreen() {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const fail = useFailure();
  const catalog = useCatalogNames(i18n.language);
  const [users, setUsers] = useState<ManagedUser[]>();

  const load = useCallback(async () => {
    try {
      setUsers(await listUsers());
    } catch (error) {
      fail(error);
    }
  }, [fail]);
  useEffect(() => {
    if (user.role === 'admin') void load();
  }, [load, user.role]);

  if (user.role !== 'admin') {
    return (
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('manage:users.title')}</h2>
        <p>{t('manage:users.adminOnly')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="users-heading" className="users-screen">
      <h2 id="users-heading">{t('manage:users.title')}</h2>
      <p role="status">{users ? t('manage:users.count', { count: users.length }) : t('manage:users.loading')}</p>
      <ul className="user-list">
        {(users ?? []).map((u) => (
          <UserRow key={u.id} user={u} quarters={catalog.quarters} quarterName={catalog.quarterName} onChanged={() => void load()} />
        ))}
      </ul>
      <NewUserForm quarters={catalog.quarters} onCreated={() => void load()} />
    </section>
  );
}
