type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** The map that joinRegistry builds from its parts: every part's names, each with its own type. */
export type Joined<Parts extends readonly object[]> = UnionToIntersection<Parts[number]>;

/**
 * One registry (the channel map, the handler table) from the parts each domain declares. A name declared
 * by two parts is an error the moment the registry is built, at start — where a spread would let the later
 * part silently replace the earlier one.
 */
export function joinRegistry<const Parts extends readonly object[]>(
  what: string,
  parts: Parts,
): Joined<Parts> {
  const joined: Record<string, unknown> = {};
  for (const part of parts)
    for (const [name, entry] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(joined, name)) throw new Error(`duplicate ${what}: ${name}`);
      joined[name] = entry;
    }
  return joined as Joined<Parts>;
}
