import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CentreEditor } from './content/CentreEditor';
import { ContentScreen } from './content/ContentScreen';
import { OpportunityEditor } from './content/OpportunityEditor';
import { DetailScreen } from './detail/DetailScreen';
import { FiguresScreen } from './figures/FiguresScreen';
import { InboxScreen } from './inbox/InboxScreen';
import { InterestsOverview } from './interests/InterestsOverview';
import { OpportunityInterests } from './interests/OpportunityInterests';
import { managePaths, type ManageRoute } from './manage-routes';
import { UsersScreen } from './users/UsersScreen';

/** The screen for one route of the area; `key` remounts screens when their entry changes. */
export function ManageScreens({ route }: { route: ManageRoute }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'inbox':
      return <InboxScreen />;
    case 'item':
      return <DetailScreen key={route.id} id={route.id} />;
    case 'interests':
      return <InterestsOverview />;
    case 'interestsOf':
      return <OpportunityInterests key={route.id} opportunityId={route.id} />;
    case 'content':
      return <ContentScreen />;
    case 'centre':
      return <CentreEditor key={route.id} id={route.id} />;
    case 'opportunity':
      return <OpportunityEditor key={route.id} id={route.id} />;
    case 'figures':
      return <FiguresScreen />;
    case 'users':
      return <UsersScreen />;
    default:
      return (
        <section aria-labelledby="manage-missing">
          <h2 id="manage-missing">{t('manage:notFound')}</h2>
          <Link to={managePaths.inbox}>{t('manage:detail.back')}</Link>
        </section>
      );
  }
}
