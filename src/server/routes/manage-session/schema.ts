import { z } from 'zod';
import { LIMITS } from '../../../shared/limits';

export const loginBodySchema = z.object({
  email: z.string().trim().min(1).max(LIMITS.emailMax),
  password: z.string().min(1).max(1024),
});
