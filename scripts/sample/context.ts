import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract/channels';
import type { Role } from '../../src/shared/contract/roles';
import type { BuiltinGroup } from '../../src/shared/org/types';
import type { Random } from './random';
import type { RiskHome } from './riskContent';
import type { SalesIds } from './salesIds';
import type { SampleTime } from './timeline';

/** The documented password of every sample account (see the login table printed by `npm run demo`). */
export const DEMO_PASSWORD = 'Demo#2026';

/** One row of the login table. */
export interface SampleLogin {
  username: string;
  password: string;
  role: Role;
  name: string;
  employeeNo: string;
  position: string;
  group: { name: string; nameEn: string | null } | null;
}

/** Ids of what the org generator created; later domains (clients, tickets …) hang their records on these. */
export interface OrgIds {
  groups: Record<BuiltinGroup, string>;
  managerStaffId: string;
  deputyStaffIds: string[];
  leadStaffIds: Record<BuiltinGroup, string>;
  /** Every staff member of each group, the lead first, including people on leave and people who left. */
  staffByGroup: Record<BuiltinGroup, string[]>;
  /** Active staff of each group (lead included): who can own clients, tickets, appraisals. */
  activeStaffByGroup: Record<BuiltinGroup, string[]>;
  /** username → account and staff ids, for the documented logins. */
  accounts: Record<string, { userId: string; staffId: string }>;
}

/** Ids later domains link to: risks by template key (indicators, audit findings) and every risk with its home. */
export interface RiskIds {
  byKey: Record<string, string>;
  all: { id: string; home: RiskHome; category: string }[];
}

/** The appraisal's cycles (oldest first), the open appeal and the incentive waiting for the manager. */
export interface AppraisalIds {
  cycleIds: string[];
  openAppealFormId: string | null;
  pendingIncentiveId: string | null;
  /** The accounts made for the appraised members who had none (username → ids). */
  accounts: Record<string, { userId: string; staffId: string }>;
}

/** Created ids, one entry per domain generator; a domain adds its own field when it is written. */
export interface SampleIds {
  org?: OrgIds;
  risk?: RiskIds;
  appraisal?: AppraisalIds;
  sales?: SalesIds;
}

export interface SampleContext {
  core: Core;
  seed: number;
  scale: number;
  /** "Today" for generated dates (hire dates, due dates …), YYYY-MM-DD: the local date of `time.now`. */
  today: string;
  /** When each write happens: move it with `time.at(moment)` before the calls of that moment. */
  time: SampleTime;
  /** This domain's random stream, forked from the seed by domain name. */
  rng: Random;
  /** The manager's session; logged in by the org generator through auth.setup. */
  manager: Session;
  ids: SampleIds;
  logins: SampleLogin[];
  /** What was created, by name ('staff', 'staff.onLeave', 'clients' …), for the summary. */
  counts: Record<string, number>;
  /** A contract call that returns the data or throws with the error code and fields. */
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    session?: Session,
  ): Promise<ChannelOutput<C>>;
  /** A logged-in session for a documented sample account (cached; logged out when the run ends); it signs in at
   * the current `time`, which is what the Accounts screen shows as the last login. */
  sessionFor(username: string): Promise<Session>;
  progress(message: string): void;
}

/** One domain's part of the sample; run in list order, each sees the ids the earlier ones created. */
export interface SampleDomain {
  name: string;
  generate(ctx: SampleContext): Promise<void>;
}

export class SampleError extends Error {
  constructor(channel: string, error: { code: string; message: string; fields?: unknown }) {
    super(
      `${channel} failed: ${error.code} ${error.message}${error.fields ? ` ${JSON.stringify(error.fields)}` : ''}`,
    );
    this.name = 'SampleError';
  }
}
