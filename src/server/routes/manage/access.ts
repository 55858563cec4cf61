import type { ItemInQuarter } from '../../auth/manage-guard';
import type { AppContext } from '../../context';
import { findEntryQuarter, type DirectoryKind } from '../../repositories/directory-content';
import { findSubmissionQuarter } from '../../repositories/submissions';

// What "manager of this item's quarter" means for each kind of item a manage path names.

export const submissionOfMyQuarter = (ctx: AppContext): ItemInQuarter => ({
  quarterOf: (id) => findSubmissionQuarter(ctx.db, id),
  notFound: 'No such submission',
});

export const entryOfMyQuarter = (ctx: AppContext, kind: DirectoryKind): ItemInQuarter => ({
  quarterOf: (id) => findEntryQuarter(ctx.db, kind, id),
  notFound: kind === 'centres' ? 'No such centre' : 'No such opportunity',
});
