import fc from 'fast-check';
import { expect } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CLIENT_SOURCES, VALUE_TIERS } from '../../../src/shared/clients/types';
import { channels, type ChannelInput, type ChannelName } from '../../../src/shared/contract/channels';
import type { ErrorCode } from '../../../src/shared/contract/errors';
import { makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { fakePdfPrinter, tableChecksum } from './support';

/**
 * For the business-rule property tests (clientRules / orgRules): inputs that the schema accepts but the
 * department's rules refuse (read from the services). Each generated call must answer the rule's error code
 * and field error, and change nothing, audit trail included. Unlike the schema-level property test, these
 * reach the handlers, so a dropped rule lets a call through and fails.
 */

export const RUNS = { numRuns: 15 };

export interface Refusal {
  code: ErrorCode;
  /** The field the error names, with its message key; no field for a refusal of the whole call. */
  field?: [string, string];
}

/**
 * The people the rules are tried on: a sales staff member, the sales lead and a deputy in charge of market
 * (each logged in), a market staff member, someone who has left, and a supervisor chain in customer service
 * (chain[i] reports to chain[i - 1]).
 */
export interface RuleDepartment {
  core: Core;
  manager: Session;
  groups: Record<string, string>;
  salesStaff: Session;
  salesLead: Session;
  marketDeputy: Session;
  marketStaffId: string;
  leftStaffId: string;
  chain: string[];
}

export const staffOf = (s: Session): string => s.user!.staffId;

export async function ruleDepartment(): Promise<RuleDepartment> {
  const core = await makeCore({ printer: fakePdfPrinter });
  const { manager, groups } = await setUpDepartment(core);
  const newStaff = async (
    input: Partial<ChannelInput<'org.staff.create'>> & { employeeNo: string; name: string },
  ) => unwrap(await core.call('org.staff.create', input, manager));
  const salesStaff = await sessionFor(core, manager, 'staff', groups.sales!);
  const salesLead = await sessionFor(core, manager, 'group_lead', groups.sales!);
  const marketDeputy = await sessionFor(core, manager, 'deputy', groups.market!);
  const marketStaffId = (await newStaff({ employeeNo: 'MK01', name: '市场员工', groupId: groups.market! }))
    .id;
  const leaving = await newStaff({ employeeNo: 'LF01', name: '已离职员工', groupId: groups.sales! });
  unwrap(await core.call('org.staff.update', { ...staffUpdateInput(leaving), status: 'left' }, manager));
  const chain: string[] = [];
  for (let i = 0; i < 6; i++) {
    const next = await newStaff({
      employeeNo: `CH0${i}`,
      name: `链上员工${i}`,
      groupId: groups.service!,
      supervisorId: chain[i - 1] ?? null,
    });
    chain.push(next.id);
  }
  return {
    core,
    manager,
    groups,
    salesStaff,
    salesLead,
    marketDeputy,
    marketStaffId,
    leftStaffId: leaving.id,
    chain,
  };
}

/** The call passes the schema, is refused with the rule's code and field, and leaves the database as it was. */
export async function expectRefused<C extends ChannelName>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
  session: Session,
  refusal: Refusal,
): Promise<void> {
  const parsed = channels[channel].input.safeParse(input);
  expect(parsed.success, `${channel} input passes the schema: ${JSON.stringify(parsed.error?.issues)}`).toBe(
    true,
  );
  const before = tableChecksum(core);
  const r = await core.dispatch(channel, input, session);
  expect(r.ok ? 'ok' : r.error.code, `${channel} ${JSON.stringify(input)}`).toBe(refusal.code);
  if (r.ok) return;
  if (refusal.field) {
    const [field, key] = refusal.field;
    expect(r.error.fields?.[field], JSON.stringify(r.error.fields)).toMatchObject({ key });
  } else {
    expect(r.error.fields).toBeUndefined();
  }
  expect(tableChecksum(core), `${channel} changed nothing`).toBe(before);
}

// Arbitraries of valid field values.
const CHARS = [...'华东贸易科技有限公司客户联系张王李 abcXYZ0189-'];
export const text = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength })
    .map((cs) => cs.join(''))
    .filter((s) => s.trim().length > 0);
export const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
/** Regions the lists accept (official names and short forms), a city only with its province. */
const REGIONS: readonly (readonly [string | null, string | null])[] = [
  [null, null],
  ['江苏', null],
  ['浙江', '杭州'],
  ['浙江省', '宁波市'],
  ['上海', '上海市'],
];
export const clientBody = fc
  .record({
    type: fc.constantFrom('enterprise' as const, 'individual' as const),
    name: text(40),
    industry: optional(text(20)),
    region: fc.constantFrom(...REGIONS),
    address: optional(text(40)),
    source: fc.constantFrom(...CLIENT_SOURCES),
    tier: fc.constantFrom(...VALUE_TIERS),
    tags: fc.uniqueArray(text(10), { maxLength: 3 }),
    notes: optional(text(60)),
  })
  .map(({ region: [province, city], ...rest }) => ({ ...rest, province, city }));
