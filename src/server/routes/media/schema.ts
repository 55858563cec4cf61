import { z } from 'zod';

export const mediaParamsSchema = z.object({ id: z.uuid() });

/** The answer to an upload: what was stored, after re-encoding. */
export const mediaUploadSchema = z.object({
  id: z.string(),
  mime: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  size: z.number().int(),
});
export type MediaUpload = z.infer<typeof mediaUploadSchema>;
