import { IonIcon, IonLabel, IonRouterOutlet, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { chatbubbleEllipsesOutline, compassOutline, ellipsisHorizontalCircleOutline, fileTrayFullOutline, peopleOutline } from 'ionicons/icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route } from 'react-router-dom';
import { FeedbackScreen } from '../features/feedback/FeedbackScreen';
import { NewsBadge } from '../features/submissions/NewsBadge';
import { lazyScreen } from './lazy-screen';
import { ShellPage } from './ShellPage';

// Mitmachen is the start route and comes with the first download; every other screen is fetched when it
// is first opened (and precached by the service worker after the first visit, so it opens offline).
const FeedScreen = lazyScreen(() => import('../features/proposals/FeedScreen').then((m) => m.FeedScreen), ['proposals']);
const DiscoverScreen = lazyScreen(() => import('../features/discover/DiscoverScreen').then((m) => m.DiscoverScreen), ['discover']);
const CentreDetails = lazyScreen(() => import('../features/discover/CentreDetails').then((m) => m.CentreDetails), ['discover']);
const OpportunityDetails = lazyScreen(
  () => import('../features/discover/OpportunityDetails').then((m) => m.OpportunityDetails),
  ['discover'],
);
const MySubmissionsScreen = lazyScreen(
  () => import('../features/submissions/MySubmissionsScreen').then((m) => m.MySubmissionsScreen),
  ['submissions'],
);
const ReceiptLookupScreen = lazyScreen(
  () => import('../features/submissions/ReceiptLookupScreen').then((m) => m.ReceiptLookupScreen),
  ['submissions'],
);
const MoreScreen = lazyScreen(() => import('../features/settings/MoreScreen').then((m) => m.MoreScreen), ['settings']);
const AboutScreen = lazyScreen(() => import('../features/settings/AboutScreen').then((m) => m.AboutScreen), ['settings']);

interface TabDefinition {
  /** Also the first path segment; the tab button is highlighted for everything below it. */
  tab: string;
  labelKey: string;
  icon: string;
  page: ReactElement;
  /** Pages below the tab root, e.g. `/mehr/ueber`, keyed by the path after the tab. */
  subPages?: Record<string, ReactElement>;
  /** A count on the tab button (e.g. news on "Meine Beiträge"); renders nothing when there is none. */
  badge?: ReactElement;
}

// A new tab (e.g. "Entdecken") is one more entry here; order is the order in the tab bar.
const TABS: TabDefinition[] = [
  {
    tab: 'mitmachen',
    labelKey: 'common:tabs.participate',
    icon: chatbubbleEllipsesOutline,
    page: (
      <ShellPage titleKey="feedback:title">
        <FeedbackScreen />
      </ShellPage>
    ),
  },
  {
    tab: 'viertel',
    labelKey: 'common:tabs.quarter',
    icon: peopleOutline,
    page: (
      <ShellPage titleKey="common:screens.quarter">
        <FeedScreen />
      </ShellPage>
    ),
  },
  {
    tab: 'entdecken',
    labelKey: 'common:tabs.discover',
    icon: compassOutline,
    page: (
      <ShellPage titleKey="common:screens.discover">
        <DiscoverScreen />
      </ShellPage>
    ),
    subPages: {
      'orte/:id': (
        <ShellPage titleKey="common:screens.centre" backHref="/entdecken">
          <CentreDetails />
        </ShellPage>
      ),
      'engagement/:id': (
        <ShellPage titleKey="common:screens.opportunity" backHref="/entdecken">
          <OpportunityDetails />
        </ShellPage>
      ),
    },
  },
  {
    tab: 'meine',
    labelKey: 'common:tabs.mine',
    icon: fileTrayFullOutline,
    page: (
      <ShellPage titleKey="submissions:title">
        <MySubmissionsScreen />
      </ShellPage>
    ),
    subPages: {
      nachschlagen: (
        <ShellPage titleKey="submissions:lookup.title" backHref="/meine">
          <ReceiptLookupScreen />
        </ShellPage>
      ),
    },
    badge: <NewsBadge />,
  },
  {
    tab: 'mehr',
    labelKey: 'common:tabs.more',
    icon: ellipsisHorizontalCircleOutline,
    page: (
      <ShellPage titleKey="common:screens.more">
        <MoreScreen />
      </ShellPage>
    ),
    subPages: {
      ueber: (
        <ShellPage titleKey="common:screens.about" backHref="/mehr">
          <AboutScreen />
        </ShellPage>
      ),
    },
  },
];

export const DEFAULT_PATH = `/${TABS[0]?.tab ?? ''}`;

export function MainTabs() {
  const { t } = useTranslation();
  return (
    <IonTabs>
      <IonRouterOutlet>
        {TABS.map(({ tab, page }) => (
          <Route key={tab} path={`/${tab}`} element={page} />
        ))}
        {TABS.flatMap(({ tab, subPages }) =>
          Object.entries(subPages ?? {}).map(([sub, element]) => (
            <Route key={`${tab}/${sub}`} path={`/${tab}/${sub}`} element={element} />
          )),
        )}
        <Route path="/" element={<Navigate to={DEFAULT_PATH} replace />} />
        <Route path="*" element={<Navigate to={DEFAULT_PATH} replace />} />
      </IonRouterOutlet>
      {/* The bar sits in a <nav> so it is inside a landmark; IonTabBar gets its wiring through context. */}
      <nav slot="bottom" aria-label={t('common:nav.main')} className="tab-nav">
        <IonTabBar>
          {TABS.map(({ tab, labelKey, icon, badge }) => (
            <IonTabButton key={tab} tab={tab} href={`/${tab}`}>
              <IonIcon icon={icon} aria-hidden="true" />
              <IonLabel>{t(labelKey)}</IonLabel>
              {badge}
            </IonTabButton>
          ))}
        </IonTabBar>
      </nav>
    </IonTabs>
  );
}
