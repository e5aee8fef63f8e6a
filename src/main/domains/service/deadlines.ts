import type { DeadlineMode } from '../../../shared/calendar/types';
import type { Deadline, ServiceDeadlines } from '../../../shared/service/settings';
import type { TicketClock, TicketKind, TicketSeverity } from '../../../shared/service/types';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Ctx } from '../../core/context';
import { workingCalendar, type WorkingCalendar } from '../calendar/service';
import { getSettings } from '../settings/service';

/*
 * A ticket's deadlines (规定时间, SERVICE.md): set as instants on the working calendar when its clock starts
 * (intake, conversion), counted again from the same start when its severity or category changes, and for the
 * resolution from the reopening when it is reopened. Every deadline of the domain is computed here, on the
 * one working calendar.
 */

/** The response deadline and the resolution deadline of a kind and severity (an inquiry's both are its answer). */
export function deadlineRules(
  d: ServiceDeadlines,
  kind: TicketKind,
  severity: TicketSeverity,
): { response: Deadline; resolution: Deadline } {
  if (kind === 'inquiry')
    return { response: d.inquiryAnswer[severity], resolution: d.inquiryAnswer[severity] };
  return { response: d.complaintFirstResponse[severity], resolution: d.complaintResolution[severity] };
}

export interface TicketDeadlines {
  responseDueAt: string;
  responseMode: DeadlineMode;
  resolutionDueAt: string;
  resolutionMode: DeadlineMode;
}

/** One call's deadline arithmetic: the settings and the working calendar read once. */
export interface DeadlineBook {
  settings: OrgSettings;
  calendar: WorkingCalendar;
}

export function deadlineBook(ctx: Ctx): DeadlineBook {
  return { settings: getSettings(ctx).settings, calendar: workingCalendar(ctx) };
}

/** Both deadlines, counted from `startAt`. */
export function deadlinesFrom(
  book: DeadlineBook,
  kind: TicketKind,
  severity: TicketSeverity,
  startAt: string,
): TicketDeadlines {
  const rules = deadlineRules(book.settings.serviceDeadlines, kind, severity);
  return {
    responseDueAt: book.calendar.dueAt(startAt, rules.response),
    responseMode: rules.response.mode,
    resolutionDueAt: book.calendar.dueAt(startAt, rules.resolution),
    resolutionMode: rules.resolution.mode,
  };
}

/** What decides which deadline is running. */
export interface DeadlineState {
  firstResponseAt: string | null;
  resolvedAt: string | null;
  responseDueAt: string;
  resolutionDueAt: string;
}

/** The running deadline: the response until the first response, then the resolution; none once resolved. */
export function nextDueAt(t: DeadlineState): string | null {
  if (t.firstResponseAt === null) return t.responseDueAt;
  if (t.resolvedAt === null) return t.resolutionDueAt;
  return null;
}

/** The running deadline as lists and the detail show it, at `nowIso`; null once resolved. */
export function clockOf(
  book: DeadlineBook,
  nowIso: string,
  t: DeadlineState & { responseMode: DeadlineMode; resolutionMode: DeadlineMode },
): TicketClock | null {
  const stage = t.firstResponseAt === null ? 'response' : t.resolvedAt === null ? 'resolution' : null;
  if (stage === null) return null;
  const dueAt = stage === 'response' ? t.responseDueAt : t.resolutionDueAt;
  const mode = stage === 'response' ? t.responseMode : t.resolutionMode;
  const minutesLeft = book.calendar.minutesLeft(nowIso, dueAt, mode);
  // Past due by the instant: a working-hours deadline that passed at Friday's closing time has 0 working
  // minutes left all weekend, and is overdue all the same.
  const overdue = Date.parse(nowIso) > Date.parse(dueAt);
  return {
    stage,
    dueAt,
    mode,
    minutesLeft,
    near: overdue || minutesLeft <= book.settings.serviceWarnHours * 60,
    overdue,
  };
}
