import type { controlChannels } from '../../../shared/control/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createAudit, getAudit, listAudits, moveAudit, updateAudit } from './audits';
import { addEvidence, deleteEvidence, openEvidence } from './evidence';
import { exportAudits, exportFindings, exportRectifications } from './exportControl';
import { addFinding, listFindings, updateFinding } from './findings';
import {
  addRectification,
  listRectifications,
  returnRectification,
  submitRectification,
  updateRectification,
  verifyRectification,
} from './rectifications';
import { printAuditReport } from './reportService';

// Every internal control channel is behind a login: what a caller sees and may do depends on who they are.
export const controlHandlers: DomainHandlers<keyof typeof controlChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'control.listAudits': (input, req) => listAudits(ctx(req), input),
    'control.getAudit': (input, req) => getAudit(ctx(req), input.id),
    'control.listFindings': (input, req) => listFindings(ctx(req), input),
    'control.listRectifications': (input, req) => listRectifications(ctx(req), input),
    'control.exportAudits': (input, req) => exportAudits(ctx(req), input),
    'control.exportFindings': (input, req) => exportFindings(ctx(req), input),
    'control.exportRectifications': (input, req) => exportRectifications(ctx(req), input),
    'control.printReport': (input, req) => printAuditReport(ctx(req), input.id, input.locale),
    'control.openEvidence': (input, req) => openEvidence(ctx(req), input.id),
    'control.createAudit': (input, req) => createAudit(ctx(req), input),
    'control.updateAudit': ({ id, version, ...audit }, req) => updateAudit(ctx(req), id, version, audit),
    'control.moveAudit': ({ id, version, ...move }, req) => moveAudit(ctx(req), id, version, move),
    'control.addFinding': ({ auditId, ...finding }, req) => addFinding(ctx(req), auditId, finding),
    'control.updateFinding': ({ id, version, ...finding }, req) =>
      updateFinding(ctx(req), id, version, finding),
    'control.addRectification': ({ findingId, ...r }, req) => addRectification(ctx(req), findingId, r),
    'control.updateRectification': ({ id, version, ...r }, req) =>
      updateRectification(ctx(req), id, version, r),
    'control.submitRectification': (input, req) =>
      submitRectification(ctx(req), input.id, input.version, input.evidenceNote),
    'control.returnRectification': (input, req) =>
      returnRectification(ctx(req), input.id, input.version, input.comment),
    'control.verifyRectification': (input, req) =>
      verifyRectification(ctx(req), input.id, input.version, input.comment),
    'control.addEvidence': (input, req) => addEvidence(ctx(req), input),
    'control.deleteEvidence': (input, req) => deleteEvidence(ctx(req), input.id),
  };
};
