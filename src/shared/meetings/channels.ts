import { z } from 'zod';
import { clockTime } from '../calendar/types';
import { channel, type ParsedInputOf } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalDate,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { riskFields } from '../risk/channels';
import type { DecisionPage, MeetingDetail, MeetingPage } from './types';
import {
  DECISION_SORT_FIELDS,
  DECISION_STATUSES,
  MEETING_RISK_RELATIONS,
  MEETING_SCOPES,
  MEETING_SORT_FIELDS,
  MEETING_STATUSES,
  MEETING_TYPES,
} from './types';

/** Minutes as the editor writes them (HTML, sanitised again in main): a long meeting's worth. */
export const MINUTES_MAX_CHARS = 200_000;

const optionalClock = () =>
  z
    .union([clockTime(), z.literal(''), z.null()])
    .optional()
    .transform((s) => (s ? s : null));

export const agendaItemFields = {
  title: requiredText(LIMITS.shortText),
  presenterId: id().nullable().default(null),
};

export const decisionFields = {
  /** An existing decision keeps its id (and its history); a new one has none. */
  id: id().nullable().default(null),
  text: requiredText(LIMITS.text),
  ownerId: id(),
  /** Never before the meeting was held. */
  dueOn: calendarDate(),
};

/** The whole meeting form: details, attendees, agenda, decisions and minutes. */
export const meetingFields = {
  title: requiredText(LIMITS.shortText),
  type: z.enum(MEETING_TYPES),
  heldOn: calendarDate(),
  startTime: optionalClock(),
  endTime: optionalClock(),
  location: optionalText(LIMITS.shortText),
  chairId: id(),
  /** At least one (main says so on the field: an empty list is a form not yet filled). */
  attendeeIds: z.array(id()).max(200).default([]),
  agenda: z.array(z.strictObject(agendaItemFields)).max(60).default([]),
  decisions: z.array(z.strictObject(decisionFields)).max(100).default([]),
  minutesHtml: z.string().max(MINUTES_MAX_CHARS).default(''),
};
export type MeetingInput = FieldsOutput<typeof meetingFields>;

export const meetingFilter = {
  scope: z.enum(MEETING_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  types: z.array(z.enum(MEETING_TYPES)).max(2).default([]),
  statuses: z.array(z.enum(MEETING_STATUSES)).max(2).default([]),
  chairId: id().nullable().default(null),
  /** Held on or after / on or before. */
  from: optionalDate(),
  to: optionalDate(),
};
export type MeetingFilter = FieldsOutput<typeof meetingFilter>;
export const emptyMeetingFilter: MeetingFilter = z.strictObject(meetingFilter).parse({});

const meetingSort = {
  sortBy: z.enum(MEETING_SORT_FIELDS).default('heldOn'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
};

export const decisionFilter = {
  scope: z.enum(MEETING_SCOPES).default('all'),
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(DECISION_STATUSES)).max(3).default([]),
  ownerId: id().nullable().default(null),
  overdue: z.boolean().default(false),
  meetingId: id().nullable().default(null),
};
export type DecisionFilter = FieldsOutput<typeof decisionFilter>;
export const emptyDecisionFilter: DecisionFilter = z.strictObject(decisionFilter).parse({});

const decisionSort = {
  sortBy: z.enum(DECISION_SORT_FIELDS).default('dueOn'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};

const oneToFive = () => z.number().int().min(1).max(5);

const manage = (changes: ('riskMeeting' | 'risk')[] = ['riskMeeting']) =>
  ({ access: 'meetings.manage', kind: 'mutation', changes }) as const;

export const meetingsChannels = {
  'meetings.list': channel<MeetingPage>()({
    input: z.strictObject({ ...meetingFilter, ...meetingSort, page: page(), pageSize: pageSize() }),
    access: 'meetings.read',
    kind: 'query',
  }),
  'meetings.get': channel<MeetingDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'meetings.read',
    kind: 'query',
  }),
  'meetings.create': channel<MeetingDetail>()({ input: z.strictObject(meetingFields), ...manage() }),
  /** A draft only: the whole form, at the version read. */
  'meetings.update': channel<MeetingDetail>()({
    input: z.strictObject({ id: id(), version: version(), ...meetingFields }),
    ...manage(),
  }),
  /** Draft → issued: the minutes become the record and their decisions to-dos. */
  'meetings.issue': channel<MeetingDetail>()({
    input: z.strictObject({ id: id(), version: version() }),
    ...manage(),
  }),
  /** A risk identified in the meeting: put on the register (assessed at once when scored) and linked 'raised'. */
  'meetings.raiseRisk': channel<MeetingDetail>()({
    input: z.strictObject({
      meetingId: id(),
      ...riskFields,
      likelihood: oneToFive().nullable().default(null),
      impact: oneToFive().nullable().default(null),
    }),
    ...manage(['riskMeeting', 'risk']),
  }),
  /** A risk already on the register, discussed in the meeting (or raised there and entered beforehand). */
  'meetings.linkRisk': channel<MeetingDetail>()({
    input: z.strictObject({
      meetingId: id(),
      riskId: id(),
      relation: z.enum(MEETING_RISK_RELATIONS).default('discussed'),
      note: optionalText(LIMITS.text),
    }),
    ...manage(),
  }),
  'meetings.unlinkRisk': channel<MeetingDetail>()({
    input: z.strictObject({ meetingId: id(), riskId: id() }),
    ...manage(),
  }),
  /** Done (with the day), cancelled (with a note) or open again: the decision's owner or the meeting's managers. */
  'meetings.setDecisionStatus': channel<MeetingDetail>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      status: z.enum(DECISION_STATUSES),
      doneOn: optionalDate(),
      note: optionalText(LIMITS.text),
    }),
    access: 'meetings.progress',
    kind: 'mutation',
    changes: ['riskMeeting'],
  }),
  'meetings.listDecisions': channel<DecisionPage>()({
    input: z.strictObject({ ...decisionFilter, ...decisionSort, page: page(), pageSize: pageSize() }),
    access: 'meetings.read',
    kind: 'query',
  }),
  'meetings.exportDecisions': channel<FilePayload>()({
    input: z.strictObject({ ...decisionFilter, ...decisionSort, locale: locale() }),
    access: 'meetings.read',
    kind: 'query',
  }),
  'meetings.export': channel<FilePayload>()({
    input: z.strictObject({ ...meetingFilter, ...meetingSort, locale: locale() }),
    access: 'meetings.read',
    kind: 'query',
  }),
  /** The minutes (会议纪要) as PDF, A4, in the chosen language. */
  'meetings.printMinutes': channel<FilePayload>()({
    input: z.strictObject({ id: id(), locale: locale() }),
    access: 'meetings.read',
    kind: 'query',
  }),
};

type Parsed<C extends keyof typeof meetingsChannels> = ParsedInputOf<(typeof meetingsChannels)[C]>;
export type MeetingListInput = Parsed<'meetings.list'>;
export type MeetingExportInput = Parsed<'meetings.export'>;
export type DecisionListInput = Parsed<'meetings.listDecisions'>;
export type RaiseRiskInput = Parsed<'meetings.raiseRisk'>;
export type DecisionExportInput = Parsed<'meetings.exportDecisions'>;
export type DecisionMove = Omit<Parsed<'meetings.setDecisionStatus'>, 'id' | 'version'>;
