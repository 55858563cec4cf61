import { z } from 'zod';
import { figuresSchema, type Figures, type newUserSchema, type userPatchSchema, ROLES } from '../shared/manage';
import { manageRequest, parseAnswer, queryString } from './manage-api';

// Admin and overview calls of the manager API: users (admin only), figures.

export const managedUserSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string(),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string()).default([]),
  disabled: z.boolean().nullish(),
  createdAt: z.string().nullish(),
  lastLoginAt: z.string().nullish(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

// A bare array or `{items}` / `{users}`: whichever the server settles on, the screen reads the same.
const usersSchema = z.union([
  z.array(managedUserSchema),
  z.object({ items: z.array(managedUserSchema) }).transform((p) => p.items),
  z.object({ users: z.array(managedUserSchema) }).transform((p) => p.users),
]);
const oneUserSchema = z.union([managedUserSchema, z.object({ user: managedUserSchema }).transform((p) => p.user)]);

export async function listUsers(): Promise<ManagedUser[]> {
  return parseAnswer(usersSchema, await manageRequest('GET', '/users'));
}

export type NewUserInput = z.input<typeof newUserSchema>;
export async function createUser(user: NewUserInput): Promise<ManagedUser> {
  return parseAnswer(oneUserSchema, await manageRequest('POST', '/users', user));
}

export type UserPatchInput = z.input<typeof userPatchSchema>;
export async function patchUser(id: string, patch: UserPatchInput): Promise<void> {
  await manageRequest('PATCH', `/users/${encodeURIComponent(id)}`, patch);
}

export async function getFigures(filter: Readonly<Record<string, string | undefined>> = {}): Promise<Figures> {
  return parseAnswer(figuresSchema, await manageRequest('GET', `/figures${queryString(filter)}`));
}
export type { Figures };
