import type { appraisalFormChannels } from '../../../shared/appraisal/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { getForm, listForms, sourceRecords } from './forms';
import { agreePlan, saveEvaluation, savePlan, saveSelf, submitEvaluation, submitSelf } from './formSteps';

/** The per-person forms: read by their readers only (access.ts), each step by whose it is (formSteps.ts). */
export const appraisalFormHandlers: DomainHandlers<keyof typeof appraisalFormChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'appraisal.listForms': (input, req) => listForms(ctx(req), input),
    'appraisal.getForm': (input, req) => getForm(ctx(req), input.id),
    'appraisal.sourceRecords': (input, req) => sourceRecords(ctx(req), input.formId, input.indicatorId),
    'appraisal.savePlan': ({ id, version, ...input }, req) => savePlan(ctx(req), { id, version }, input),
    'appraisal.agreePlan': (input, req) => agreePlan(ctx(req), input),
    'appraisal.saveSelf': ({ id, version, ...input }, req) => saveSelf(ctx(req), { id, version }, input),
    'appraisal.submitSelf': ({ id, version, ...input }, req) => submitSelf(ctx(req), { id, version }, input),
    'appraisal.saveEvaluation': ({ id, version, ...input }, req) =>
      saveEvaluation(ctx(req), { id, version }, input),
    'appraisal.submitEvaluation': ({ id, version, ...input }, req) =>
      submitEvaluation(ctx(req), { id, version }, input),
  };
};
