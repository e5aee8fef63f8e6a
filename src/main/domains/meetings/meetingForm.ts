import type { FieldError } from '../../../shared/contract/errors';
import { AppError } from '../../../shared/contract/errors';
import type { MeetingInput } from '../../../shared/meetings/channels';
import { timesInOrder } from '../../../shared/meetings/rules';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { findStaff } from '../org/staff';
import { minutesText, sanitizeMinutes } from './minutes';
import type { DecisionRow, DecisionWrite } from './repository/decisions';
import type { MeetingWrite } from './repository/meetings';

/** What the stored meeting was, for the rules that apply only to what the person chooses now. */
export interface MeetingBefore {
  chairId: string;
  attendeeIds: readonly string[];
  presenterIds: readonly (string | null)[];
  decisions: readonly DecisionRow[];
}

export interface FormWrite {
  meeting: Omit<MeetingWrite, 'searchText'>;
  attendeeIds: string[];
  agenda: { title: string; presenterId: string | null }[];
  decisions: (DecisionWrite & { id: string; keep: boolean })[];
  /** Words the list search finds the meeting by (besides its code). */
  searchParts: string[];
}

/**
 * The stored form of a create or update, every rule checked and every error named at once: at least one
 * attendee, people who are in the department (someone who left may stay on a meeting they attended, but
 * is not added now), a decision's owner at work and its due date not before the meeting, an end after the
 * start. The minutes are sanitised here, whatever the editor sent.
 */
export function meetingFormWrite(ctx: UserCtx, input: MeetingInput, before: MeetingBefore | null): FormWrite {
  const errors: Record<string, FieldError> = {};
  const fail = (field: string, key: string) => {
    errors[field] ??= { key: `validation.${key}` };
  };
  const names = new Map<string, string>();

  /** A person named on the form: known, and — when newly chosen — not gone from the department. */
  const person = (field: string, id: string, kept: boolean, atWork = false): boolean => {
    const s = findStaff(ctx, id);
    if (!s) return (fail(field, 'notFound'), false);
    names.set(id, s.name);
    if (kept) return true;
    if (s.status === 'left') return (fail(field, 'staffLeft'), false);
    if (atWork && s.status === 'on_leave') return (fail(field, 'staffOnLeave'), false);
    return true;
  };

  if (!timesInOrder(input.startTime, input.endTime)) fail('endTime', 'endBeforeStart');
  person('chairId', input.chairId, before?.chairId === input.chairId);

  const attendeeIds = [...new Set(input.attendeeIds)];
  if (attendeeIds.length === 0) fail('attendeeIds', 'attendeesRequired');
  for (const id of attendeeIds) person('attendeeIds', id, before?.attendeeIds.includes(id) ?? false);

  input.agenda.forEach((item, i) => {
    if (item.presenterId)
      person(
        `agenda.${i}.presenterId`,
        item.presenterId,
        before?.presenterIds.includes(item.presenterId) ?? false,
      );
  });

  const decisions = input.decisions.map((d, i) => {
    const stored = d.id ? before?.decisions.find((s) => s.id === d.id) : undefined;
    const ownerKept = stored?.ownerId === d.ownerId;
    person(`decisions.${i}.ownerId`, d.ownerId, ownerKept, true);
    if (d.dueOn < input.heldOn) fail(`decisions.${i}.dueOn`, 'dueBeforeMeeting');
    const groupId = ownerKept ? stored!.groupId : (findStaff(ctx, d.ownerId)?.groupId ?? null);
    return {
      id: stored?.id ?? newId(),
      keep: stored !== undefined,
      text: d.text,
      ownerId: d.ownerId,
      groupId,
      dueOn: d.dueOn,
    };
  });

  if (Object.keys(errors).length > 0)
    throw new AppError('VALIDATION', `meeting: ${Object.keys(errors).join(', ')}`, { fields: errors });

  const minutesHtml = sanitizeMinutes(input.minutesHtml);
  return {
    meeting: {
      title: input.title,
      type: input.type,
      heldOn: input.heldOn,
      startTime: input.startTime,
      endTime: input.endTime,
      location: input.location,
      chairId: input.chairId,
      minutesHtml,
    },
    attendeeIds,
    agenda: input.agenda.map((a) => ({ title: a.title, presenterId: a.presenterId })),
    decisions,
    searchParts: [
      input.title,
      input.location ?? '',
      names.get(input.chairId) ?? '',
      ...input.agenda.map((a) => a.title),
      ...input.decisions.map((d) => d.text),
      minutesText(minutesHtml),
    ],
  };
}

/** The search text: code and the form's words, one per line, as the query is matched (NFKC, lower case). */
export const meetingSearchText = (code: string, parts: readonly string[]): string =>
  [code, ...parts]
    .filter((p) => p !== '')
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
