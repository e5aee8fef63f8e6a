import type { ChannelDef } from './channel';

/**
 * How much input a call may carry, checked after access and before anything is parsed. Most channels
 * take a form's worth of text; a channel that carries a file names its own limit (`maxInputBytes` in the
 * contract), a little above the file limit its service checks, so a file just over that limit still gets
 * the service's field error ("at most 20 MB") rather than a bare refusal.
 */
export const DEFAULT_MAX_INPUT_BYTES = 1024 * 1024;

export const maxInputBytesOf = (def: Pick<ChannelDef, 'maxInputBytes'>): number =>
  def.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;

/**
 * The most bytes the harness reads of a request body for an input of `maxInputBytes`: bytes travel as
 * base64 (4/3 of their size), plus room for the JSON around them.
 */
export const maxWireBytes = (maxInputBytes: number): number => Math.ceil((maxInputBytes * 4) / 3) + 64 * 1024;

/** Every value costs this much on top of its content (keys, array slots, numbers, booleans, null). */
const NODE_COST = 8;
/** A UTF-16 code unit is at most 3 bytes of UTF-8. */
const BYTES_PER_CODE_UNIT = 3;

/**
 * Whether a decoded input (IPC's structured clone, or the harness's JSON) weighs more than `limit` bytes,
 * by an upper estimate of its size. It walks the value without recursion and stops as soon as the limit is
 * passed, so an oversized input costs no more than `limit` to refuse — and it never serialises anything.
 */
export function exceedsInputLimit(value: unknown, limit: number): boolean {
  let weight = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    weight += NODE_COST;
    if (typeof v === 'string') weight += v.length * BYTES_PER_CODE_UNIT;
    else if (ArrayBuffer.isView(v)) weight += v.byteLength;
    else if (v instanceof ArrayBuffer) weight += v.byteLength;
    else if (Array.isArray(v)) {
      for (const item of v as unknown[]) {
        pending.push(item);
        if ((weight += NODE_COST) > limit) return true;
      }
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
        pending.push((v as Record<string, unknown>)[key]);
        if ((weight += NODE_COST + key.length * BYTES_PER_CODE_UNIT) > limit) return true;
      }
    }
    if (weight > limit) return true;
  }
  return false;
}
