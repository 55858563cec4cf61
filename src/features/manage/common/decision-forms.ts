import { z } from 'zod';
import { managePatchSchema } from '../../../shared/feed';
import { moderationDecisionSchema, statusDecisionSchema } from '../../../shared/manage';
import { issueKeys, schemaResolver } from './form-resolver';

// The item's forms and the bulk bar, each checked with the shared schema of its part of the change
// (src/shared/feed.ts managePatchSchema, src/shared/manage.ts decisions): the limits and the "a
// reason goes with declining or hiding" rule are the server's, written once.

const { note, publicResponse } = managePatchSchema.shape;

export const statusResolver = schemaResolver(statusDecisionSchema, issueKeys({ reason: 'manage:actions.reasonMissing' }));
export const moderationResolver = schemaResolver(moderationDecisionSchema, issueKeys({ moderationReason: 'manage:moderation.reasonMissing' }));
export const noteResolver = schemaResolver(z.object({ note: note.unwrap() }), issueKeys({}));
export const answerResolver = schemaResolver(z.object({ publicResponse: publicResponse.unwrap() }), issueKeys({}));

/** An optional text left empty is absent, as the schema expects (an empty reason is no reason). */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
