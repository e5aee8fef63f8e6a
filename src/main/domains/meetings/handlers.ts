import type { meetingsChannels } from '../../../shared/meetings/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { listDecisions, setDecisionStatus } from './decisions';
import { exportDecisions, exportMeetings } from './exports';
import { printMinutes } from './minutesPdf';
import { raiseRisk } from './raiseRisk';
import { linkRisk, unlinkRisk } from './riskLinks';
import { createMeeting, getMeeting, issueMeeting, listMeetings, updateMeeting } from './service';

// Every meeting channel is behind a login: what a person sees and may do depends on who they are.
export const meetingsHandlers: DomainHandlers<keyof typeof meetingsChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'meetings.list': (input, req) => listMeetings(ctx(req), input),
    'meetings.get': (input, req) => getMeeting(ctx(req), input.id),
    'meetings.create': (input, req) => createMeeting(ctx(req), input),
    'meetings.update': ({ id, version, ...form }, req) => updateMeeting(ctx(req), id, version, form),
    'meetings.issue': (input, req) => issueMeeting(ctx(req), input.id, input.version),
    'meetings.raiseRisk': (input, req) => raiseRisk(ctx(req), input),
    'meetings.linkRisk': (input, req) => linkRisk(ctx(req), input),
    'meetings.unlinkRisk': (input, req) => unlinkRisk(ctx(req), input),
    'meetings.setDecisionStatus': ({ id, version, ...move }, req) =>
      setDecisionStatus(ctx(req), id, version, move),
    'meetings.listDecisions': (input, req) => listDecisions(ctx(req), input),
    'meetings.exportDecisions': (input, req) => exportDecisions(ctx(req), input),
    'meetings.export': (input, req) => exportMeetings(ctx(req), input),
    'meetings.printMinutes': (input, req) => printMinutes(ctx(req), input.id, input.locale),
  };
};
