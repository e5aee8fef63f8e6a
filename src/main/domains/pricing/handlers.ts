import type { pricingChannels } from '../../../shared/pricing/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { exportQuotes } from './exportQuotes';
import { createProduct, listProducts, updateProductOf } from './products';
import {
  quoteOpportunities,
  createQuote,
  getQuote,
  listQuotes,
  markQuote,
  submitQuote,
  updateQuoteOf,
} from './quotes';
import { printQuote } from './quotePdf';

// Every price system and quote channel is behind a login: floors and quotes depend on who reads.
export const pricingHandlers: DomainHandlers<keyof typeof pricingChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'pricing.products': (input, req) => listProducts(ctx(req), input),
    'pricing.createProduct': (input, req) => createProduct(ctx(req), input),
    'pricing.updateProduct': ({ id, version, ...input }, req) =>
      updateProductOf(ctx(req), id, version, input),
    'quotes.list': (input, req) => listQuotes(ctx(req), input),
    'quotes.get': ({ id }, req) => getQuote(ctx(req), id),
    'quotes.opportunities': ({ clientId }, req) => quoteOpportunities(ctx(req), clientId),
    'quotes.create': (input, req) => createQuote(ctx(req), input),
    'quotes.update': ({ id, version, ...input }, req) => updateQuoteOf(ctx(req), id, version, input),
    'quotes.submit': ({ id, version, reason }, req) => submitQuote(ctx(req), id, version, reason),
    'quotes.markSent': ({ id, version }, req) => markQuote(ctx(req), id, version, 'sent'),
    'quotes.markAccepted': ({ id, version }, req) => markQuote(ctx(req), id, version, 'accepted'),
    'quotes.markDeclined': ({ id, version }, req) => markQuote(ctx(req), id, version, 'declined'),
    'quotes.export': (input, req) => exportQuotes(ctx(req), input),
    'quotes.print': ({ id, locale }, req) => printQuote(ctx(req), id, locale),
  };
};
