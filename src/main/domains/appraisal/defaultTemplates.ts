import { DEFAULT_CATEGORY_WEIGHTS } from '../../../shared/appraisal/templates';
import type { Mutation } from '../../core/mutation';
import { SEEDED_TEMPLATES } from '../../db/migrations/0021_appraisal_library';
import { listGroups } from '../org/groups';
import { groupHasTemplate } from './repository/templates';
import { insertTemplate } from './templates';

/**
 * The rulebook groups' templates for a department set up after the library's migration (which gave them to
 * the departments that already had their groups): the same indicators and weights. Idempotent, inside
 * setup's mutation, after the groups exist.
 */
export function ensureDefaultTemplates(m: Mutation): void {
  const groups = listGroups(m, true);
  for (const t of SEEDED_TEMPLATES) {
    const group = groups.find((g) => g.builtin === t.builtinGroup);
    if (!group || groupHasTemplate(m.db, group.id)) continue;
    insertTemplate(m, {
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      groupId: group.id,
      position: null,
      categoryWeights: DEFAULT_CATEGORY_WEIGHTS,
      items: t.items,
    });
  }
}
