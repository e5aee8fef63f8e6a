import type { appraisalPrintChannels } from '../../../shared/appraisal/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { printEvaluation, printSelf } from './formPdf';
import { printHistory } from './historyPdf';
import { printSummary } from './summaryPdf';

/** The appraisal's printables; each is scoped like the screen it prints (the form, the summary, the history). */
export const appraisalPrintHandlers: DomainHandlers<keyof typeof appraisalPrintChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'appraisal.printSelf': ({ id, locale }, req) => printSelf(ctx(req), id, locale),
    'appraisal.printEvaluation': ({ id, locale }, req) => printEvaluation(ctx(req), id, locale),
    'appraisal.printSummary': ({ cycleId, locale }, req) => printSummary(ctx(req), cycleId, locale),
    'appraisal.printHistory': ({ staffId, locale }, req) => printHistory(ctx(req), staffId, locale),
  };
};
