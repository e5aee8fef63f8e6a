import type { DeadlineMode } from '../calendar/types';

/** Customer service (客户服务): inquiries and complaints, rulebook 三(三) and 二(二)5; DOMAIN.md §3. */
export const TICKET_KINDS = ['inquiry', 'complaint'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** How the ticket came in: hotline 热线, email 邮箱, walk-in 来访, WeChat 微信, other. */
export const TICKET_CHANNELS = ['hotline', 'email', 'walk_in', 'wechat', 'other'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const TICKET_SEVERITIES = ['normal', 'major', 'critical'] as const;
export type TicketSeverity = (typeof TICKET_SEVERITIES)[number];

/** Complaint: registered 已登记 → investigating 调查中 → resolving 处理中 → feedback 待回访 → closed 已关闭. */
export const COMPLAINT_STATUSES = ['registered', 'investigating', 'resolving', 'feedback', 'closed'] as const;
/** Inquiry: open 待答复 → answered 已答复 → closed 已关闭. */
export const INQUIRY_STATUSES = ['open', 'answered', 'closed'] as const;
export const TICKET_STATUSES = [
  'registered',
  'investigating',
  'resolving',
  'feedback',
  'open',
  'answered',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The forward moves of each workflow, one step at a time; a closed ticket comes back only by reopening. */
export const TICKET_MOVES: Record<TicketKind, Partial<Record<TicketStatus, TicketStatus>>> = {
  complaint: {
    registered: 'investigating',
    investigating: 'resolving',
    resolving: 'feedback',
    feedback: 'closed',
  },
  inquiry: { open: 'answered', answered: 'closed' },
};
/** Where a reopened ticket goes back to. */
export const REOPEN_TO: Record<TicketKind, TicketStatus> = { complaint: 'investigating', inquiry: 'open' };

/** How the result was told to the client (回访方式). */
export const FEEDBACK_METHODS = ['phone', 'visit', 'email', 'wechat', 'sms', 'other'] as const;
export type FeedbackMethod = (typeof FEEDBACK_METHODS)[number];

/** Which of a ticket's deadlines is running: its first response, then its resolution; none once resolved. */
export const DEADLINE_STAGES = ['response', 'resolution'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

/** A running deadline as every list and the detail show it. */
export interface TicketClock {
  stage: DeadlineStage;
  dueAt: string;
  mode: DeadlineMode;
  /** Minutes left in the deadline's own minutes (working minutes for a working-hours deadline); negative when overdue. */
  minutesLeft: number;
  /** Within the warn window (serviceWarnHours) or past. */
  near: boolean;
  overdue: boolean;
}

/** A ticket as the lists show it. */
export interface TicketRow {
  id: string;
  code: string;
  kind: TicketKind;
  channel: TicketChannel;
  status: TicketStatus;
  clientId: string | null;
  /** The linked file's name, or what the caller said when no file is linked. */
  clientName: string | null;
  clientCode: string | null;
  contactName: string | null;
  callerPhone: string | null;
  receivedAt: string;
  /** The first line of the content, for lists. */
  summary: string;
  category: string;
  severity: TicketSeverity;
  handlerId: string | null;
  handlerName: string | null;
  groupId: string | null;
  responsibleDept: string | null;
  reopenCount: number;
  /** The running deadline, or null once resolved (answered, closed). */
  clock: TicketClock | null;
  updatedAt: string;
  version: number;
}

export interface TicketPage {
  rows: TicketRow[];
  total: number;
}

/** A coordinated action while a complaint is being resolved (处理中): who does what by when. */
export interface TicketAction {
  id: string;
  ticketId: string;
  department: string;
  ownerId: string | null;
  ownerName: string | null;
  description: string;
  dueDate: string;
  doneAt: string | null;
  doneNote: string | null;
  version: number;
}

export const TICKET_EVENT_KINDS = [
  'received',
  'updated',
  'assigned',
  'investigation_started',
  'investigation_saved',
  'resolving_started',
  'action_added',
  'action_done',
  'resolved',
  'answered',
  'closed',
  'reopened',
  'converted',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** One step of the timeline: what happened, when (as the user gave it), who recorded it. */
export interface TicketEvent {
  id: string;
  kind: TicketEventKind;
  at: string;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  note: string | null;
  actorName: string | null;
  recordedAt: string;
}

/** The whole ticket: the detail page and the handling form (投诉处理单). */
export interface TicketDetail extends TicketRow {
  content: string;
  contactId: string | null;
  callerName: string | null;
  slaStartAt: string;
  responseDueAt: string;
  resolutionDueAt: string;
  responseMode: DeadlineMode;
  resolutionMode: DeadlineMode;
  firstResponseAt: string | null;
  firstResponseNote: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  answer: string | null;
  findings: string | null;
  rootCause: string | null;
  solution: string | null;
  resolutionSummary: string | null;
  feedbackMethod: FeedbackMethod | null;
  feedbackAt: string | null;
  feedbackNote: string | null;
  clientSatisfied: boolean | null;
  satisfactionScore: number | null;
  convertedAt: string | null;
  createdAt: string;
  createdByName: string | null;
  actions: TicketAction[];
  events: TicketEvent[];
  /** The moves this user may make now (main refuses the others anyway). */
  allowed: TicketMove[];
}

export const TICKET_MOVE_NAMES = [
  'startInvestigation',
  'saveInvestigation',
  'startResolving',
  'resolve',
  'answer',
  'close',
  'reopen',
  'convert',
  'assign',
  'edit',
  'actions',
] as const;
export type TicketMove = (typeof TICKET_MOVE_NAMES)[number];

/** Who a phone number belongs to, as caller ID would tell it. */
export interface CallerMatch {
  clientId: string;
  clientCode: string;
  clientName: string;
  contactId: string | null;
  contactName: string | null;
  /** The file's owner, so the desk can tell the caller who their account manager is. */
  ownerName: string | null;
}

/** A client's tickets at a glance, for the client file. */
export interface ClientTicketFigures {
  complaints: number;
  openComplaints: number;
  inquiries: number;
}

/** A satisfaction score given at a complaint's feedback visit (回访), for appraisal and loyalty to read. */
export interface SatisfactionScore {
  ticketId: string;
  clientId: string | null;
  handlerId: string | null;
  groupId: string | null;
  at: string;
  satisfied: boolean;
  score: number;
}

export const TICKET_SORT_FIELDS = ['receivedAt', 'dueAt', 'code', 'severity', 'updatedAt'] as const;
export type TicketSortField = (typeof TICKET_SORT_FIELDS)[number];

/** Whose tickets the list shows: mine (I handle or registered), my group's, everyone's the user may see. */
export const TICKET_SCOPES = ['mine', 'group', 'all'] as const;
export type TicketScope = (typeof TICKET_SCOPES)[number];
