import type { QuarterCollection } from '../../shared/catalog';
import type { Centre, Opportunity } from '../../shared/directory';

// What the zod schemas cannot see alone: references between the data-pack files.

export interface DirectoryProblem {
  file: 'centres.json' | 'opportunities.json';
  message: string;
}

export function directoryProblem(
  centres: readonly Centre[],
  opportunities: readonly Opportunity[],
  quarters: QuarterCollection,
): DirectoryProblem | undefined {
  const quarterIds = new Set(quarters.features.map((f) => f.properties.id));
  const centreIds = new Set(centres.map((c) => c.id));
  for (const [index, centre] of centres.entries()) {
    if (!quarterIds.has(centre.quarterId)) {
      return { file: 'centres.json', message: `[${index}].quarterId: unknown quarter "${centre.quarterId}"` };
    }
  }
  for (const [index, o] of opportunities.entries()) {
    if (o.quarterId !== undefined && !quarterIds.has(o.quarterId)) {
      return { file: 'opportunities.json', message: `[${index}].quarterId: unknown quarter "${o.quarterId}"` };
    }
    if (o.centreId !== undefined && !centreIds.has(o.centreId)) {
      return { file: 'opportunities.json', message: `[${index}].centreId: unknown centre "${o.centreId}"` };
    }
  }
  return undefined;
}
