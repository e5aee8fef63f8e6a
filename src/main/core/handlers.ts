import type { ParsedInputOf } from '../../shared/contract/channel';
import type { ChannelName, ChannelOutput, Channels } from '../../shared/contract/channels';
import type { Request } from './context';
import type { Services } from './services';

export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<Channels[C]>,
  req: Request,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** A domain's handlers, one per channel of its contract; the core's table must cover every channel. */
export type HandlersOf<K extends ChannelName> = { [C in K]: Handler<C> };
export type HandlerTable = HandlersOf<ChannelName>;

export type DomainHandlers<K extends ChannelName> = (services: Services) => HandlersOf<K>;
