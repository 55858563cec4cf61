import { IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentreFilter, OpportunityFilter } from '../../shared/directory-filter';
import { Segment } from '../../ui/Segment';
import { ViewToggle } from '../../ui/ViewToggle';
import { CentresPanel } from './CentresPanel';
import { DetailsStatus } from './DetailsStatus';
import { LocationButton, SortNote } from './LocationControls';
import { OpportunitiesPanel } from './OpportunitiesPanel';
import { useDirectory } from './use-directory';
import { useUserLocation } from './use-location';
import { useNow } from './use-now';
import './discover.css';

type ListKind = 'centres' | 'opportunities';
type View = 'list' | 'map';

/** "Entdecken": centres and volunteering, each as a filterable list with a map beside it. */
export function DiscoverScreen() {
  const { t } = useTranslation();
  const directory = useDirectory();
  const now = useNow();
  const geo = useUserLocation();
  const [list, setList] = useState<ListKind>('centres');
  const [view, setView] = useState<View>('list');
  const [centreFilter, setCentreFilter] = useState<CentreFilter>({});
  const [opportunityFilter, setOpportunityFilter] = useState<OpportunityFilter>({});

  if (directory.state !== 'ready') {
    return directory.state === 'loading' ? (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('discover:loading')}
      </p>
    ) : (
      <DetailsStatus state="missing" retry={directory.retry} />
    );
  }

  return (
    <div className="discover" data-testid="discover">
      <p className="intro">{t('discover:intro')}</p>
      <Segment
        label={t('discover:lists.label')}
        value={list}
        onChange={setList}
        options={[
          { value: 'centres', label: t('discover:lists.centres'), testId: 'segment-centres' },
          { value: 'opportunities', label: t('discover:lists.opportunities'), testId: 'segment-opportunities' },
        ]}
      />
      <div className="discover-bar">
        <ViewToggle
          label={t('discover:view.label')}
          value={view}
          onChange={setView}
          options={[
            { value: 'list', label: t('discover:view.list') },
            { value: 'map', label: t('discover:view.map') },
          ]}
        />
        <LocationButton geo={geo} />
      </div>
      <SortNote geo={geo} hasQuarter={directory.userQuarterId !== undefined} />
      {list === 'centres' ? (
        <CentresPanel directory={directory} filter={centreFilter} onFilter={setCentreFilter} view={view} location={geo.location} now={now} />
      ) : (
        <OpportunitiesPanel
          directory={directory}
          filter={opportunityFilter}
          onFilter={setOpportunityFilter}
          view={view}
          location={geo.location}
          now={now}
        />
      )}
    </div>
  );
}
