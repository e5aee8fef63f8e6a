import type { z } from 'zod';
import type { Entity } from './entities';
import type { Access } from './permissions';

export type ChannelKind = 'query' | 'mutation';

/** What a channel does: a query changes nothing; a mutation names every kind of record it may change. */
export type ChannelEffect = { kind: 'query' } | { kind: 'mutation'; changes: readonly Entity[] };

/** One entry of the contract: input schema, access rule, kind (with what it changes), and the output type. */
export type ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> = {
  input: I;
  access: Access;
  /** The most an input may weigh (see inputSize.ts); only channels that carry a file set it. */
  maxInputBytes?: number;
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: O;
} & ChannelEffect;

export function channel<O>() {
  return <I extends z.ZodType>(
    def: { input: I; access: Access; maxInputBytes?: number } & ChannelEffect,
  ): ChannelDef<I, O> => def;
}

/** The kinds of record a channel changes (none for a query). */
export const changesOf = (def: ChannelEffect): readonly Entity[] =>
  def.kind === 'mutation' ? def.changes : [];

export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
