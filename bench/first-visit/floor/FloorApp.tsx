import {
  IonApp,
  IonContent,
  IonHeader,
  IonIcon,
  IonLabel,
  IonPage,
  IonRouterOutlet,
  IonTabBar,
  IonTabButton,
  IonTabs,
  IonTitle,
  IonToolbar,
  setupIonicReact,
} from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { ellipse, square, triangle } from 'ionicons/icons';
import { Navigate, Route } from 'react-router-dom';

/*
 * The floor for bench/first-visit: Ionic's own "tabs" starter, reduced to what every Ionic React tabs app
 * ships — IonApp, IonReactRouter, IonTabs with an IonRouterOutlet, three tab pages with a header and
 * content, and a tab bar with icons. Nothing of Quartiersstimme; built with the app's build options.
 */
setupIonicReact();

const TABS = [
  { tab: 'tab1', label: 'Tab 1', icon: triangle },
  { tab: 'tab2', label: 'Tab 2', icon: ellipse },
  { tab: 'tab3', label: 'Tab 3', icon: square },
] as const;

function TabPage({ title }: { title: string }) {
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle role="heading" aria-level={1}>
            {title}
          </IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent role="main" className="ion-padding">
        <p>{title} page: explore the UI components.</p>
      </IonContent>
    </IonPage>
  );
}

export function FloorApp() {
  return (
    <IonApp>
      <IonReactRouter>
        <IonTabs>
          <IonRouterOutlet>
            {TABS.map(({ tab, label }) => (
              <Route key={tab} path={`/${tab}`} element={<TabPage title={label} />} />
            ))}
            <Route path="*" element={<Navigate to="/tab1" replace />} />
          </IonRouterOutlet>
          <IonTabBar slot="bottom">
            {TABS.map(({ tab, label, icon }) => (
              <IonTabButton key={tab} tab={tab} href={`/${tab}`}>
                <IonIcon aria-hidden="true" icon={icon} />
                <IonLabel>{label}</IonLabel>
              </IonTabButton>
            ))}
          </IonTabBar>
        </IonTabs>
      </IonReactRouter>
    </IonApp>
  );
}
