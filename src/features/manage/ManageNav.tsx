import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { managePaths, type ManageRoute } from './manage-routes';

interface ManageNavProps {
  route: ManageRoute;
  isAdmin: boolean;
}

const SECTIONS = [
  { to: managePaths.inbox, label: 'manage:nav.inbox', routes: ['inbox', 'item'] },
  { to: managePaths.interests, label: 'manage:nav.interests', routes: ['interests', 'interestsOf'] },
  { to: managePaths.content, label: 'manage:nav.content', routes: ['content', 'centre', 'opportunity'] },
  { to: managePaths.figures, label: 'manage:nav.figures', routes: ['figures'] },
] as const;

/** The area's sections; "Nutzer" only for admins (the server refuses the rest anyway). */
export function ManageNav({ route, isAdmin }: ManageNavProps) {
  const { t } = useTranslation();
  const sections = isAdmin ? [...SECTIONS, { to: managePaths.users, label: 'manage:nav.users', routes: ['users'] }] : SECTIONS;
  return (
    <nav aria-label={t('manage:nav.label')} className="manage-nav">
      <ul>
        {sections.map((section) => {
          const current = (section.routes as readonly string[]).includes(route.name);
          return (
            <li key={section.to}>
              <Link to={section.to} aria-current={current ? 'page' : undefined} className={current ? 'is-current' : undefined}>
                {t(section.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
