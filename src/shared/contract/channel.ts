import type { z } from 'zod';
import type { Access } from './permissions';

export type ChannelKind = 'query' | 'mutation';

/** One entry of the contract: input schema, access rule, kind, and (as a phantom type) the output. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  kind: ChannelKind;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; access: Access; kind: ChannelKind }): ChannelDef<I, O> => def;
}

export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
