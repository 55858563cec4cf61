import type { FastifyInstance } from 'fastify';
import { guardManageScope } from '../../auth/manage-guard';
import type { AppContext } from '../../context';
import { manageActionsRoutes } from '../manage-actions/manage-actions';
import { manageContentRoutes } from '../manage-content/manage-content';
import { manageExportRoutes } from '../manage-export/manage-export';
import { manageFiguresRoutes } from '../manage-figures/manage-figures';
import { manageInterestsRoutes } from '../manage-interests/manage-interests';
import { manageSessionRoutes } from '../manage-session/manage-session';
import { manageSubmissionsRoutes } from '../manage-submissions/manage-submissions';
import { updateSubmissionRoutes } from '../manage-submissions/update-submission';
import { manageUsersRoutes } from '../manage-users/manage-users';

// The manager API: one scope under /api/v1/manage (registered with that prefix), one guard for all
// of it (auth/manage-guard.ts). Each route below states its access in its options.

export function manageRoutes(ctx: AppContext) {
  return async (scope: FastifyInstance) => {
    guardManageScope(scope, ctx.db);
    await scope.register(manageSessionRoutes(ctx));
    await scope.register(manageSubmissionsRoutes(ctx));
    await scope.register(updateSubmissionRoutes(ctx));
    await scope.register(manageActionsRoutes(ctx));
    await scope.register(manageUsersRoutes(ctx));
    await scope.register(manageExportRoutes(ctx));
    await scope.register(manageFiguresRoutes(ctx));
    await scope.register(manageInterestsRoutes(ctx));
    await scope.register(manageContentRoutes(ctx));
  };
}
