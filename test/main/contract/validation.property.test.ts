import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import {
  CHANNEL_NAMES,
  channels,
  isChannelName,
  type ChannelName,
} from '../../../src/shared/contract/channels';
import type { FieldError } from '../../../src/shared/contract/errors';
import { exampleFor, makeExampleContext, type ExampleContext } from '../../support/channelExamples';
import { MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { fakePdfPrinter, tableChecksum } from './support';

/*
 * Inputs the schema refuses: dispatch must answer VALIDATION with the error on the field at fault, before any
 * handler runs. Inputs that pass the schema but break the department's rules are businessRules.property.test.ts.
 */

/** One generated bad input: what is sent, which field is at fault (if any), and the field error expected. */
interface BadInput {
  kind: string;
  input: unknown;
  field?: string;
  expected?: FieldError;
}

type Node = z.ZodType & {
  _zod: { def: { type: string; innerType?: Node; in?: Node; shape?: Record<string, Node> } };
};

/** Strips optional / nullable / default wrappers and the input side of pipes (transforms). */
function bare(schema: Node): Node {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return bare(def.innerType!);
  if (def.type === 'pipe') return bare(def.in!);
  return schema;
}

interface FieldSpec {
  path: string[];
  schema: Node;
}

/** Every field of an input schema, nested objects (settings.update's `settings`) included. */
function fieldsOf(schema: Node, prefix: string[] = []): FieldSpec[] {
  const shape = schema._zod.def.shape ?? {};
  return Object.entries(shape).flatMap(([key, sub]) => {
    const path = [...prefix, key];
    const inner = bare(sub);
    return [{ path, schema: sub }, ...(inner._zod.def.type === 'object' ? fieldsOf(inner, path) : [])];
  });
}

function withValue(example: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(example) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1]!] = value;
  return copy;
}

function without(example: unknown, path: string[]): unknown {
  const copy = structuredClone(example) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  delete target[path[path.length - 1]!];
  return copy;
}

const TRICKY_STRINGS = [
  '',
  '   ',
  '2026-02-30',
  '2026-13-01',
  '26-1-1',
  '12345',
  '1234567890a',
  'not-an-email',
  'a@',
  'a b',
  '../etc/passwd',
  'bizops-2026.sqlite',
  "'; DROP TABLE staff; --",
  '" * NEAR( AND OR -',
  '00000000-0000-0000-0000-00000000000g',
];

const nonObjects: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.array(fc.anything(), { maxLength: 4 }),
);

const wrongValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...TRICKY_STRINGS),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, 2 ** 53),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }),
);

const LONG_UNITS = fc.constantFrom(...'abcxyzABC0189_-业务部😀');

/** Arbitraries of inputs the channel's schema refuses, each knowing which field is at fault. */
function invalidInputs(schema: Node, example: unknown): fc.Arbitrary<BadInput> {
  const fields = fieldsOf(schema);
  const known = new Set(fields.filter((f) => f.path.length === 1).map((f) => f.path[0]!));
  const dotted = (f: FieldSpec) => f.path.join('.');

  const categories: fc.Arbitrary<BadInput>[] = [
    nonObjects.map((input) => ({ kind: 'non-object', input, field: '_' })),
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom('role', 'isAdmin', 'userId', 'createdBy', 'passwordHash', 'id', 'version', 'extra'),
          fc.string({ minLength: 1, maxLength: 12 }),
        ),
        fc.anything({ maxDepth: 1 }),
      )
      .filter(([key]) => !known.has(key) && key !== '__proto__')
      .map(([key, value]) => ({
        kind: 'unknown key',
        input: { ...(example as object), [key]: value },
        field: '_',
        expected: { key: 'validation.unknownField', params: { keys: key } },
      })),
  ];

  if (fields.length) {
    categories.push(
      fc.tuple(fc.constantFrom(...fields), wrongValues).map(([f, value]) => ({
        kind: 'wrong value',
        input: withValue(example, f.path, value),
        field: dotted(f),
      })),
      fc.constantFrom(...fields).map((f) => ({
        kind: 'missing',
        input: without(example, f.path),
        field: dotted(f),
        expected: { key: 'validation.required' },
      })),
    );
  }

  const strings = fields.filter(
    (f) =>
      bare(f.schema)._zod.def.type === 'string' &&
      typeof (bare(f.schema) as unknown as z.ZodString).maxLength === 'number',
  );
  if (strings.length) {
    categories.push(
      fc.constantFrom(...strings).chain((f) => {
        const max = (bare(f.schema) as unknown as z.ZodString).maxLength!;
        return fc.array(LONG_UNITS, { minLength: max + 1, maxLength: max + 30 }).map((units) => ({
          kind: 'too long',
          input: withValue(example, f.path, units.join('')),
          field: dotted(f),
          expected: { key: 'validation.tooLong', params: { max } },
        }));
      }),
    );
  }

  const numbers = fields.filter((f) => bare(f.schema)._zod.def.type === 'number');
  if (numbers.length) {
    categories.push(
      fc.constantFrom(...numbers).chain((f) => {
        const n = bare(f.schema) as unknown as z.ZodNumber;
        const min = n.minValue!;
        const max = n.maxValue!;
        const options: fc.Arbitrary<BadInput>[] = [
          // A bound may be a fraction (hours in half hours from 0.5): the integers beyond it.
          fc
            .integer({
              min: Math.max(Math.floor(min) - 1_000_000, Number.MIN_SAFE_INTEGER),
              max: Math.ceil(min) - 1,
            })
            .map((v) => ({
              kind: 'below range',
              input: withValue(example, f.path, v),
              field: dotted(f),
              expected: { key: 'validation.tooSmall', params: { min } },
            })),
          fc
            .double({ min, max, noNaN: true })
            .filter((v) => !Number.isInteger(v))
            .map((v) => ({ kind: 'fraction', input: withValue(example, f.path, v), field: dotted(f) })),
        ];
        if (max < Number.MAX_SAFE_INTEGER) {
          options.push(
            fc.integer({ min: Math.floor(max) + 1, max: Math.floor(max) + 1_000_000 }).map((v) => ({
              kind: 'above range',
              input: withValue(example, f.path, v),
              field: dotted(f),
              expected: { key: 'validation.tooBig', params: { max } },
            })),
          );
        }
        return fc.oneof(...options);
      }),
    );
  }

  return fc.oneof(...categories).filter((bad) => schema.safeParse(bad.input).success === false);
}

let core: Core;
let manager: Session;
let ctx: ExampleContext;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager } = await setUpDepartment(core));
  ctx = await makeExampleContext(core, manager, MANAGER.password);
});

afterAll(async () => {
  await core.close();
});

describe('every channel refuses invalid input with VALIDATION and changes nothing', () => {
  it.each(CHANNEL_NAMES)('%s', async (channel: ChannelName) => {
    const schema = channels[channel].input as unknown as Node;
    const example = await exampleFor(channel, ctx);
    expect(schema.safeParse(example).success, 'the example itself is valid').toBe(true);
    const before = tableChecksum(core);
    await fc.assert(
      fc.asyncProperty(invalidInputs(schema, example), async (bad) => {
        const r = await core.dispatch(channel, bad.input, manager);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error.code).toBe('VALIDATION');
        const fields = r.error.fields ?? {};
        if (bad.field) {
          const named = Object.keys(fields).filter((k) => k === bad.field || k.startsWith(`${bad.field}.`));
          expect(named, `fields ${JSON.stringify(fields)} name ${bad.field}`).not.toHaveLength(0);
          if (bad.expected) expect(fields[bad.field]).toEqual(bad.expected);
        }
        expect(tableChecksum(core)).toBe(before);
        // The manager is still logged in: nothing ran.
        expect(manager.user?.username).toBe(MANAGER.username);
      }),
      { numRuns: 30 },
    );
  });
});

describe('channel names', () => {
  it('unknown channel names answer UNKNOWN_CHANNEL', async () => {
    const named = [
      'org.staff.delete',
      'ORG.OVERVIEW',
      '',
      ' org.overview',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'org',
      'org.',
    ];
    for (const name of named) {
      const r = await core.dispatch(name, {}, manager);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    const before = tableChecksum(core);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 40 }).filter((s) => !isChannelName(s)),
        fc.anything({ maxDepth: 1 }),
        async (name, input) => {
          const r = await core.dispatch(name, input, manager);
          expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        },
      ),
      { numRuns: 50 },
    );
    expect(tableChecksum(core)).toBe(before);
  });
});

describe('field messages', () => {
  it('an over-long name answers validation.tooLong with the limit; the limit itself is accepted', async () => {
    for (const name of ['张'.repeat(101), 'a'.repeat(150)]) {
      const r = await core.call('org.staff.create', { employeeNo: 'LONG1', name }, manager);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { name: { key: 'validation.tooLong', params: { max: 100 } } } },
      });
    }
    const group = await core.call('org.groups.create', { name: 'g'.repeat(101) }, manager);
    expect(group).toMatchObject({
      ok: false,
      error: { fields: { name: { key: 'validation.tooLong', params: { max: 100 } } } },
    });

    const atLimit = unwrap(
      await core.call('org.staff.create', { employeeNo: 'LONG2', name: '张'.repeat(100) }, manager),
    );
    expect(atLimit.name).toBe('张'.repeat(100));
  });

  it('a missing required field answers validation.required on that field', async () => {
    const r = await core.dispatch('org.staff.create', { name: '缺工号' }, manager);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { employeeNo: { key: 'validation.required' } } },
    });
  });
});

describe('user text is stored and read back verbatim', () => {
  const TEXTS = [
    "'; DROP TABLE staff; --",
    '" * NEAR( AND OR -',
    '张😀三',
    '👨‍👩‍👧 家庭',
    "O'Brien % _ \\",
    'Robert"); DROP TABLE groups;--',
  ];

  it('emoji and SQL-ish strings survive create, get, list and search', async () => {
    let n = 0;
    for (const text of TEXTS) {
      n++;
      const group = unwrap(
        await core.call('org.groups.create', { name: `${text} 组${n}`, nameEn: text }, manager),
      );
      const staff = unwrap(
        await core.call(
          'org.staff.create',
          { employeeNo: `SQL${n}`, name: text, position: text, groupId: group.id },
          manager,
        ),
      );
      const read = unwrap(await core.call('org.staff.get', { id: staff.id }, manager));
      expect(read.name).toBe(text);
      expect(read.position).toBe(text);
      expect(read.groupName).toBe(`${text} 组${n}`);
      expect(read.groupNameEn).toBe(text);
      const found = unwrap(await core.call('org.staff.list', { search: text }, manager));
      expect(found.map((s) => s.id)).toContain(staff.id);
      expect(
        found.every(
          (s) =>
            s.name.includes(text) ||
            s.employeeNo.toLowerCase().includes(text.toLowerCase()) ||
            (s.phone ?? '').includes(text),
        ),
      ).toBe(true);
    }
    // The tables are all still there and whole.
    const all = unwrap(await core.call('org.staff.list', {}, manager));
    expect(all.filter((s) => TEXTS.includes(s.name))).toHaveLength(TEXTS.length);
    expect(unwrap(await core.call('org.groups.list', {}, manager)).length).toBeGreaterThanOrEqual(
      3 + TEXTS.length,
    );
  });

  it('any valid name is stored as given (after trimming) and found by searching for it', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
          fc.constantFrom(...TEXTS),
        ),
        async (raw) => {
          fc.pre(channels['org.staff.create'].input.safeParse({ employeeNo: 'X1', name: raw }).success);
          n++;
          const staff = unwrap(
            await core.call('org.staff.create', { employeeNo: `PR${n}`, name: raw }, manager),
          );
          const read = unwrap(await core.call('org.staff.get', { id: staff.id }, manager));
          expect(read.name).toBe(raw.trim());
          if (raw.trim().length <= 100) {
            const found = unwrap(await core.call('org.staff.list', { search: raw.trim() }, manager));
            expect(found.map((s) => s.id)).toContain(staff.id);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
