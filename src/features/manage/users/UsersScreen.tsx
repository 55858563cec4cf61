import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/get-users';
import { useManage } from '../common/ManageContext';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

/** Admin only: the server answers 403 to anyone else, and the navigation hides the section. */
export function UsersScreen() {
  const { t, i18n } = useTranslation();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const users = useUsers(user.role === 'admin').data;

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
          <UserRow key={u.id} user={u} quarters={catalog.quarters} quarterName={catalog.quarterName} />
        ))}
      </ul>
      <NewUserForm quarters={catalog.quarters} />
    </section>
  );
}
