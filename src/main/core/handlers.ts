import type { ParsedInputOf } from '../../shared/contract/channel';
import type { ChannelName, ChannelOutput, Channels } from '../../shared/contract/channels';
import type { CoreDeps, Request } from './context';

/**
 * A contract entry in main: the parsed input and the request in, the channel's output out. It builds the
 * call's context from the request (contextOf / userContextOf) and hands input and context to the service.
 */
export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<Channels[C]>,
  req: Request,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** A domain's handlers, one per channel of its contract; the core's table must cover every channel. */
export type HandlersOf<K extends ChannelName> = { [C in K]: Handler<C> };
export type HandlerTable = HandlersOf<ChannelName>;

/** A domain's handlers, made once per core from the core's dependencies. */
export type DomainHandlers<K extends ChannelName> = (deps: CoreDeps) => HandlersOf<K>;
