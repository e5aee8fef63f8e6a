import type { appraisalLibraryChannels } from '../../../shared/appraisal/libraryChannels';
import { contextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import {
  createIndicator,
  getIndicator,
  listIndicators,
  setIndicatorActive,
  updateIndicator,
} from './indicators';
import { createTemplate, getTemplate, listTemplates, setTemplateActive, updateTemplate } from './templates';

/** The indicator library and the templates: read by everyone, kept by the manager (the channels' access). */
export const appraisalLibraryHandlers: DomainHandlers<keyof typeof appraisalLibraryChannels> = (deps) => {
  const ctx = (req: Request) => contextOf(deps, req);
  return {
    'appraisal.listIndicators': (input, req) => listIndicators(ctx(req), input.includeInactive),
    'appraisal.getIndicator': (input, req) => getIndicator(ctx(req), input.id),
    'appraisal.createIndicator': (input, req) => createIndicator(ctx(req), input),
    'appraisal.updateIndicator': ({ id, version, ...input }, req) =>
      updateIndicator(ctx(req), id, version, input),
    'appraisal.setIndicatorActive': ({ id, version, active }, req) =>
      setIndicatorActive(ctx(req), id, version, active),
    'appraisal.listTemplates': (input, req) => listTemplates(ctx(req), input.includeInactive),
    'appraisal.getTemplate': (input, req) => getTemplate(ctx(req), input.id),
    'appraisal.createTemplate': (input, req) => createTemplate(ctx(req), input),
    'appraisal.updateTemplate': ({ id, version, ...input }, req) =>
      updateTemplate(ctx(req), id, version, input),
    'appraisal.setTemplateActive': ({ id, version, active }, req) =>
      setTemplateActive(ctx(req), id, version, active),
  };
};
