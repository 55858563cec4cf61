import { centresFileSchema, opportunitiesFileSchema } from '../shared/directory';
import { provideDirectorySchemas } from './catalog';

// The catalog for screens that read centres and opportunities: importing it hands their schemas to ./catalog,
// which the start page uses without them.
provideDirectorySchemas({ centres: centresFileSchema, opportunities: opportunitiesFileSchema });

export { readCatalog, readCatalogs, refreshCatalog, summariseQuarters, type QuarterSummary } from './catalog';
