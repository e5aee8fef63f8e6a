import type { RiskLevel, RiskStatus } from '../risk/types';

/**
 * Risk identification meetings (风险识别会议, 五(一)): who met, what was on the agenda, the minutes, the
 * decisions (each with an owner and a due date: they become to-dos once the minutes are issued) and the
 * risks raised or discussed. A meeting is a draft while it is written up and is issued once; issued
 * minutes are the record and no longer change (their decisions are followed up one by one).
 */
export const MEETING_TYPES = ['periodic', 'ad_hoc'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_STATUSES = ['draft', 'issued'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const DECISION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Legal moves of a decision: done or cancelled, and back to open (a slip, or work that was not finished). */
export const DECISION_MOVES: Record<DecisionStatus, readonly DecisionStatus[]> = {
  open: ['done', 'cancelled'],
  done: ['open'],
  cancelled: ['open'],
};

/** A risk the meeting raised (identified there) or discussed (already on the register). */
export const MEETING_RISK_RELATIONS = ['raised', 'discussed'] as const;
export type MeetingRiskRelation = (typeof MEETING_RISK_RELATIONS)[number];

/** mine: meetings I chaired, attended or hold a decision of; all: every meeting I may see. */
export const MEETING_SCOPES = ['mine', 'all'] as const;
export type MeetingScope = (typeof MEETING_SCOPES)[number];

export const MEETING_SORT_FIELDS = ['heldOn', 'code', 'title', 'updatedAt'] as const;
export type MeetingSortField = (typeof MEETING_SORT_FIELDS)[number];

export const DECISION_SORT_FIELDS = ['dueOn', 'heldOn', 'status'] as const;
export type DecisionSortField = (typeof DECISION_SORT_FIELDS)[number];

export interface RiskMeeting {
  id: string;
  /** FXHY-yyyy-nnn, the year it was held. */
  code: string;
  title: string;
  type: MeetingType;
  heldOn: string;
  /** 'HH:mm', optional. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  chairId: string;
  chairName: string;
  status: MeetingStatus;
  attendeeCount: number;
  decisionCount: number;
  openDecisions: number;
  riskCount: number;
  issuedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MeetingAttendee {
  staffId: string;
  name: string;
  groupId: string | null;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  presenterId: string | null;
  presenterName: string | null;
}

export interface MeetingDecision {
  id: string;
  meetingId: string;
  meetingCode: string;
  meetingTitle: string;
  meetingHeldOn: string;
  meetingStatus: MeetingStatus;
  text: string;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  dueOn: string;
  status: DecisionStatus;
  doneOn: string | null;
  note: string | null;
  /** Open and its due date has passed (China date). */
  overdue: boolean;
  /** The moves this user may make now (main refuses the rest anyway). */
  moves: DecisionStatus[];
  version: number;
}

export interface MeetingRisk {
  /** The link's id. */
  id: string;
  riskId: string;
  code: string;
  title: string;
  category: string;
  ownerName: string;
  status: RiskStatus;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  /** From the current matrix; null until assessed. */
  level: RiskLevel | null;
  relation: MeetingRiskRelation;
  note: string | null;
}

export interface MeetingDetail {
  meeting: RiskMeeting;
  /** Sanitised HTML (paragraphs, lists, bold …): shown through a read-only editor, never as raw markup. */
  minutesHtml: string;
  attendees: MeetingAttendee[];
  agenda: AgendaItem[];
  decisions: MeetingDecision[];
  risks: MeetingRisk[];
  allowed: {
    edit: boolean;
    issue: boolean;
    /** Raise, link and unlink risks (while the meeting is a draft). */
    risks: boolean;
  };
}

export interface MeetingPage {
  items: RiskMeeting[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DecisionPage {
  items: MeetingDecision[];
  total: number;
  page: number;
  pageSize: number;
}
