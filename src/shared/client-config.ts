import { z } from 'zod';
import { attributionSchema } from './city';

/** `GET /api/v1/config`: what the client needs to draw maps, and the data credits it must show. */
export const clientConfigSchema = z
  .object({
    tileUrl: z.string().min(1),
    tileAttribution: z.string().min(1),
    dataAttribution: z.array(attributionSchema).default([]),
  })
  .meta({ id: 'ClientConfig' });
export type ClientConfig = z.infer<typeof clientConfigSchema>;
