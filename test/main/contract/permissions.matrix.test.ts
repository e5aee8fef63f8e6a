import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../src/shared/contract/channels';
import type { ErrorCode } from '../../../src/shared/contract/errors';
import { PERMISSION_MATRIX, accessAllows, type Permission } from '../../../src/shared/contract/permissions';
import type { Role } from '../../../src/shared/contract/roles';
import { exampleFor, makeExampleContext, type ExampleContext } from '../../support/channelExamples';
import { MANAGER, SESSION_PASSWORD, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { fakePdfPrinter, tableChecksum } from './support';

/**
 * Who may call each channel, written out by hand from the rulebook's roles (rulebook 二) and
 * deliberately NOT computed from PERMISSION_MATRIX: the matrix is what dispatch enforces, this table is
 * what the department expects of it, so a wrong permission in the matrix disagrees with a row here.
 *
 * - PUBLIC: before anyone can log in — first start, the login itself, a damaged database's recovery.
 * - EVERYONE: any logged-in person. Everyone reads the organisation (roster, groups) and the settings the
 *   screens need, and works on client files — each sees only their own, their group's or their charge's
 *   files, which main applies row by row (the scope tests check that, not this one).
 * - Only the department manager: the organisation itself (groups, people, accounts), settings, backups,
 *   the audit trail (五(四) internal control), and the recycle bin.
 * - The manager and deputies (who run their groups, 二(二)2): handing files to another person, merging.
 * - Customer service (三(三)): anyone may take an inquiry or a complaint and work on the tickets in their
 *   scope (main checks whose each ticket is); the manager, deputies and group leads hand a ticket to
 *   another handler.
 * - Improvement measures (三(三)5: complaints are analysed and measures taken "防止类似问题再次发生"): the
 *   manager and deputies propose them (二(二)1–2) and the groups' leads run the analysis for their groups
 *   (二(二)5: customer service "提出改进建议"), so leads and up open and edit them; everyone reads them and an
 *   owner reports progress on their own (the owner rule is main's, tested in test/main/improvement).
 * - Risk register (五(一)–(三)): everyone identifies risks and works on the ones they own, their actions and
 *   their reviews; leads and up on their groups' (main checks whose each risk is — test/main/risk). Reading,
 *   the heat map and the exports show each person only the risks they may see.
 */
const PUBLIC = 'public';
const EVERYONE: readonly Role[] = ['manager', 'deputy', 'group_lead', 'staff'];
const MANAGER_ONLY: readonly Role[] = ['manager'];
const MANAGER_AND_DEPUTIES: readonly Role[] = ['manager', 'deputy'];
const LEADS_AND_UP: readonly Role[] = ['manager', 'deputy', 'group_lead'];

const WHO_MAY_CALL: Record<ChannelName, typeof PUBLIC | readonly Role[]> = {
  'system.status': PUBLIC,

  'auth.setupStatus': PUBLIC,
  'auth.setup': PUBLIC,
  'auth.login': PUBLIC,
  'auth.me': PUBLIC,
  'auth.logout': EVERYONE,
  'auth.changePassword': EVERYONE,

  'org.overview': EVERYONE,
  'org.groups.list': EVERYONE,
  'org.groups.create': MANAGER_ONLY,
  'org.groups.update': MANAGER_ONLY,
  'org.staff.list': EVERYONE,
  'org.staff.get': EVERYONE,
  'org.staff.create': MANAGER_ONLY,
  'org.staff.update': MANAGER_ONLY,
  'accounts.list': MANAGER_ONLY,
  'accounts.create': MANAGER_ONLY,
  'accounts.update': MANAGER_ONLY,
  'accounts.resetPassword': MANAGER_ONLY,
  'accounts.unlock': MANAGER_ONLY,

  'settings.get': EVERYONE,
  'settings.update': MANAGER_ONLY,

  'audit.list': MANAGER_ONLY,
  'audit.entities': MANAGER_ONLY,
  'audit.export': MANAGER_ONLY,

  'backup.list': MANAGER_ONLY,
  'backup.create': MANAGER_ONLY,
  'backup.restore': MANAGER_ONLY,
  'recovery.backups': PUBLIC,
  'recovery.restore': PUBLIC,

  'reports.roster': EVERYONE,
  'reports.riskRegister': EVERYONE,

  'clients.list': EVERYONE,
  'clients.get': EVERYONE,
  'clients.tags': EVERYONE,
  'clients.checkDuplicates': EVERYONE,
  'clients.create': EVERYONE,
  'clients.update': EVERYONE,
  'clients.setStatus': EVERYONE,
  'clients.delete': EVERYONE,
  'clients.recycleBin': MANAGER_ONLY,
  'clients.restore': MANAGER_ONLY,
  'clients.reassign': MANAGER_AND_DEPUTIES,
  'clients.merge': MANAGER_AND_DEPUTIES,
  'clients.statusHistory': EVERYONE,
  'contacts.create': EVERYONE,
  'contacts.update': EVERYONE,
  'contacts.delete': EVERYONE,
  'communications.list': EVERYONE,
  'communications.create': EVERYONE,
  'communications.update': EVERYONE,
  'communications.delete': EVERYONE,
  'communications.complete': EVERYONE,
  'transactions.create': EVERYONE,
  'transactions.update': EVERYONE,
  'transactions.delete': EVERYONE,
  'followups.list': EVERYONE,

  // Every user has a Home: their own to-do, and the figures of the screens they may open (parts they may
  // not see come back empty — test/main/home checks which).
  'home.summary': EVERYONE,
  'todo.list': EVERYONE,

  'clients.import.template': EVERYONE,
  'clients.import.preview': EVERYONE,
  'clients.import.rows': EVERYONE,
  'clients.import.commit': EVERYONE,
  'clients.import.progress': EVERYONE,
  'clients.import.report': EVERYONE,
  'clients.export': EVERYONE,
  'clients.printSheet': EVERYONE,
  'attachments.list': EVERYONE,
  'attachments.add': EVERYONE,
  'attachments.open': EVERYONE,
  'attachments.delete': EVERYONE,

  'improvement.list': EVERYONE,
  'improvement.get': EVERYONE,
  'improvement.create': LEADS_AND_UP,
  'improvement.update': LEADS_AND_UP,
  'improvement.setStatus': EVERYONE,
  // The working calendar is part of the settings: everyone reads it (deadlines run on it), the manager keeps it.
  'calendar.year': EVERYONE,
  'calendar.saveDay': MANAGER_ONLY,
  'calendar.deleteDay': MANAGER_ONLY,
  'service.lookupCaller': EVERYONE,
  'service.findClients': EVERYONE,
  'service.list': EVERYONE,
  'service.get': EVERYONE,
  'service.clientFigures': EVERYONE,
  'service.create': EVERYONE,
  'service.update': EVERYONE,
  'service.assign': LEADS_AND_UP,
  'service.startInvestigation': EVERYONE,
  'service.saveInvestigation': EVERYONE,
  'service.startResolving': EVERYONE,
  'service.addAction': EVERYONE,
  'service.updateAction': EVERYONE,
  'service.completeAction': EVERYONE,
  'service.deleteAction': EVERYONE,
  'service.resolve': EVERYONE,
  'service.answer': EVERYONE,
  'service.close': EVERYONE,
  'service.reopen': EVERYONE,
  'service.convert': EVERYONE,
  'service.export': EVERYONE,
  // Everyone prints the handling form of a ticket they may see (main checks which); the statistics and the
  // analysis report are for those who run the desk (三(三)5): leads and up.
  'service.printForm': EVERYONE,
  'service.stats': LEADS_AND_UP,
  'service.analysisReport': LEADS_AND_UP,
  // Risk identification meetings (五(一)): everyone reads the meetings they took part in (main scopes them);
  // leads and up hold and write them up, raise and link risks; a decision's owner reports on it (main checks
  // whose it is).
  'meetings.list': EVERYONE,
  'meetings.get': EVERYONE,
  'meetings.create': LEADS_AND_UP,
  'meetings.update': LEADS_AND_UP,
  'meetings.issue': LEADS_AND_UP,
  'meetings.raiseRisk': LEADS_AND_UP,
  'meetings.linkRisk': LEADS_AND_UP,
  'meetings.unlinkRisk': LEADS_AND_UP,
  'meetings.setDecisionStatus': EVERYONE,
  'meetings.listDecisions': EVERYONE,
  'meetings.exportDecisions': EVERYONE,
  'meetings.export': EVERYONE,
  'meetings.printMinutes': EVERYONE,

  // Approvals: anyone follows the requests they made; only the manager decides (DESIGN.md, the approvals seam).
  'approvals.list': EVERYONE,
  'approvals.decide': ['manager'],
  'risk.list': EVERYONE,
  'risk.get': EVERYONE,
  'risk.pick': EVERYONE,
  'risk.create': EVERYONE,
  'risk.update': EVERYONE,
  'risk.assess': EVERYONE,
  'risk.respond': EVERYONE,
  'risk.move': EVERYONE,
  'risk.reopen': EVERYONE,
  'risk.review': EVERYONE,
  'risk.addAction': EVERYONE,
  'risk.updateAction': EVERYONE,
  'risk.setActionStatus': EVERYONE,
  'risk.listActions': EVERYONE,
  'risk.heatmap': EVERYONE,
  'risk.heatmapCell': EVERYONE,
  'risk.export': EVERYONE,
  'risk.exportActions': EVERYONE,

  // Key risk indicators (五 early warning): everyone reads the indicators they see (main applies whose) and
  // records readings of them; leads and up keep the indicators themselves (define, change, remove).
  'kri.list': EVERYONE,
  'kri.get': EVERYONE,
  'kri.create': LEADS_AND_UP,
  'kri.update': LEADS_AND_UP,
  'kri.delete': LEADS_AND_UP,
  'kri.addReading': EVERYONE,
  'kri.updateReading': EVERYONE,
  'kri.deleteReading': EVERYONE,
  'kri.export': EVERYONE,
  // Internal control (五(四)): the manager and deputies plan inspections and audits and name their auditors
  // (any role); everyone reads what concerns them, an auditor records findings and verifies rectifications,
  // an owner hands in evidence — who is an auditor or an owner is main's rule, tested in test/main/control.
  'control.listAudits': EVERYONE,
  'control.getAudit': EVERYONE,
  'control.listFindings': EVERYONE,
  'control.listRectifications': EVERYONE,
  'control.exportAudits': EVERYONE,
  'control.exportFindings': EVERYONE,
  'control.exportRectifications': EVERYONE,
  'control.printReport': EVERYONE,
  'control.openEvidence': EVERYONE,
  'control.createAudit': MANAGER_AND_DEPUTIES,
  'control.updateAudit': MANAGER_AND_DEPUTIES,
  'control.moveAudit': EVERYONE,
  'control.addFinding': EVERYONE,
  'control.updateFinding': EVERYONE,
  'control.addRectification': EVERYONE,
  'control.updateRectification': EVERYONE,
  'control.submitRectification': EVERYONE,
  'control.returnRectification': EVERYONE,
  'control.verifyRectification': EVERYONE,
  'control.addEvidence': EVERYONE,
  'control.deleteEvidence': EVERYONE,
  // Performance appraisal (六(一)): everyone reads the indicator library and the templates — what they are
  // appraised on; the department manager alone keeps them (the rulebook's appraisal is the manager's).
  'appraisal.listIndicators': EVERYONE,
  'appraisal.getIndicator': EVERYONE,
  'appraisal.listTemplates': EVERYONE,
  'appraisal.getTemplate': EVERYONE,
  'appraisal.createIndicator': MANAGER_ONLY,
  'appraisal.updateIndicator': MANAGER_ONLY,
  'appraisal.setIndicatorActive': MANAGER_ONLY,
  'appraisal.createTemplate': MANAGER_ONLY,
  'appraisal.updateTemplate': MANAGER_ONLY,
  'appraisal.setTemplateActive': MANAGER_ONLY,
  // Cycles (六(二)): everyone reads the cycles they have a form in (main shows each only the forms they may
  // see — test/main/appraisal/cycles.test.ts); the department manager alone opens and runs them.
  'appraisal.listCycles': EVERYONE,
  'appraisal.getCycle': EVERYONE,
  'appraisal.previewCycle': MANAGER_ONLY,
  'appraisal.openCycle': MANAGER_ONLY,
  'appraisal.updateDeadlines': MANAGER_ONLY,
  'appraisal.advanceCycle': MANAGER_ONLY,
  'appraisal.reassignEvaluator': MANAGER_ONLY,
  'appraisal.removeFromCycle': MANAGER_ONLY,
  // Manager review and results (六(三)4): the consolidated table and its export for those who oversee groups
  // (main scopes the rows); the manager alone adjusts and resolves appeals; everyone acknowledges and appeals
  // their own result and reads a history (main: their own, or of people they oversee).
  'appraisal.consolidated': LEADS_AND_UP,
  'appraisal.exportConsolidated': LEADS_AND_UP,
  'appraisal.adjustScore': MANAGER_ONLY,
  'appraisal.acknowledge': EVERYONE,
  'appraisal.appeal': EVERYONE,
  'appraisal.resolveAppeal': MANAGER_ONLY,
  'appraisal.history': EVERYONE,
  // The printables as their screens: the forms to their readers, the summary to those who oversee groups, a
  // history to the person and those who oversee them (main scopes each).
  'appraisal.printSelf': EVERYONE,
  'appraisal.printEvaluation': EVERYONE,
  'appraisal.printSummary': LEADS_AND_UP,
  'appraisal.printHistory': EVERYONE,
  // The per-person forms (六(三)): everyone may be appraised or evaluate someone; main lets each step only to
  // whose it is and shows each form only to its readers (test/main/appraisal/formAccess.test.ts).
  'appraisal.listForms': EVERYONE,
  'appraisal.getForm': EVERYONE,
  'appraisal.sourceRecords': EVERYONE,
  'appraisal.savePlan': EVERYONE,
  'appraisal.agreePlan': EVERYONE,
  'appraisal.saveSelf': EVERYONE,
  'appraisal.submitSelf': EVERYONE,
  'appraisal.saveEvaluation': EVERYONE,
  'appraisal.submitEvaluation': EVERYONE,
  // Incentives (六(四)): everyone sees their own (once approved) and what they proposed; whoever oversees
  // someone — supervisor, group lead, deputy in charge, the manager — proposes for them and may withdraw
  // while it waits (main checks whom each caller oversees — test/main/incentives); the manager decides on
  // the Approvals screen.
  'incentives.list': EVERYONE,
  'incentives.get': EVERYONE,
  'incentives.propose': EVERYONE,
  'incentives.withdraw': EVERYONE,
  'incentives.export': EVERYONE,
  'incentives.candidates': EVERYONE,
  'incentives.results': EVERYONE,
  // Sales plans (三(二)1): everyone reads the plans in their scope (staff their own and their group's, main
  // applies it); the manager, deputies and group leads set plans — the manager any, a deputy their groups',
  // a lead the split of their group's target to its people (main checks whose — test/main/salesPlans).
  'salesPlans.board': EVERYONE,
  'salesPlans.list': EVERYONE,
  'salesPlans.export': EVERYONE,
  'salesPlans.create': LEADS_AND_UP,
  'salesPlans.update': LEADS_AND_UP,
  // Price system and quotes (三(二)3): everyone reads the price system (floor prices only the audience the
  // manager chose — main strips them, test/main/pricing); the department manager keeps it. Everyone makes
  // quotes for the clients they see and works on the quotes in their scope (main checks whose each is).
  'pricing.products': EVERYONE,
  'pricing.createProduct': MANAGER_ONLY,
  'pricing.updateProduct': MANAGER_ONLY,
  'quotes.list': EVERYONE,
  'quotes.get': EVERYONE,
  'quotes.opportunities': EVERYONE,
  'quotes.create': EVERYONE,
  'quotes.update': EVERYONE,
  'quotes.submit': EVERYONE,
  'quotes.markSent': EVERYONE,
  'quotes.markAccepted': EVERYONE,
  'quotes.markDeclined': EVERYONE,
  'quotes.export': EVERYONE,
  'quotes.print': EVERYONE,
  // Market work (二(二)3) is the department's knowledge: everyone reads it and records it; a research record
  // or an activity is changed by its owner or those over the owner's group, a sighting by who recorded it or
  // a lead and up (main's rule — test/main/market).
  'market.listResearch': EVERYONE,
  'market.getResearch': EVERYONE,
  'market.exportResearch': EVERYONE,
  'market.openResearchFile': EVERYONE,
  'market.createResearch': EVERYONE,
  'market.updateResearch': EVERYONE,
  'market.addResearchFile': EVERYONE,
  'market.deleteResearchFile': EVERYONE,
  'market.listCompetitors': EVERYONE,
  'market.getCompetitor': EVERYONE,
  'market.createCompetitor': EVERYONE,
  'market.updateCompetitor': EVERYONE,
  'market.addSighting': EVERYONE,
  'market.updateSighting': EVERYONE,
  'market.deleteSighting': EVERYONE,
  'market.listActivities': EVERYONE,
  'market.getActivity': EVERYONE,
  'market.exportActivities': EVERYONE,
  'market.createActivity': EVERYONE,
  'market.updateActivity': EVERYONE,
  // The sales pipeline (三(一), issue 11): everyone works on the opportunities they see (staff their own,
  // leads their group's, deputies their groups', the manager all — main checks whose each one is,
  // test/main/sales); handing one to another person is for leads and up.
  'sales.list': EVERYONE,
  'sales.board': EVERYONE,
  'sales.get': EVERYONE,
  'sales.create': EVERYONE,
  'sales.update': EVERYONE,
  'sales.move': EVERYONE,
  'sales.reopen': EVERYONE,
  'sales.assign': LEADS_AND_UP,
  'sales.addProposalFile': EVERYONE,
  'sales.deleteProposalFile': EVERYONE,
  'sales.openProposalFile': EVERYONE,
  'sales.funnel': EVERYONE,
  'sales.forecast': EVERYONE,
  'sales.lostReasons': EVERYONE,
  'sales.export': EVERYONE,
  'sales.activities': EVERYONE,
  'sales.report': EVERYONE,

  // Contracts (三(二)4): everyone draws up and follows the contracts they see (main scopes them like client
  // files, and lets someone only involved — a milestone's owner, a hand-off's assignee — act on their part:
  // test/main/contracts); leads and up review them; the manager and deputies approve them.
  'contracts.list': EVERYONE,
  'contracts.get': EVERYONE,
  'contracts.export': EVERYONE,
  'contracts.printReview': EVERYONE,
  'contracts.sources': EVERYONE,
  'contracts.openAttachment': EVERYONE,
  'contracts.create': EVERYONE,
  'contracts.update': EVERYONE,
  'contracts.submit': EVERYONE,
  'contracts.returnToDraft': EVERYONE,
  'contracts.check': LEADS_AND_UP,
  'contracts.opine': LEADS_AND_UP,
  'contracts.approve': MANAGER_AND_DEPUTIES,
  'contracts.sign': EVERYONE,
  'contracts.terminate': EVERYONE,
  'contracts.addMilestone': EVERYONE,
  'contracts.updateMilestone': EVERYONE,
  'contracts.deleteMilestone': EVERYONE,
  'contracts.completeMilestone': EVERYONE,
  'contracts.recordPayment': EVERYONE,
  'contracts.acknowledgeHandoff': EVERYONE,
  'contracts.addAttachment': EVERYONE,
  'contracts.deleteAttachment': EVERYONE,
};

/**
 * Answers that are not about permission, for a caller the table lets through: the example input is valid
 * but the department is already set up, the database is healthy (recovery channels), or the backup named
 * by the example does not exist (so the example never replaces the database under the test).
 */
const NON_PERMISSION_ANSWERS: Partial<Record<ChannelName, ErrorCode>> = {
  'auth.setup': 'INVALID_STATE',
  'recovery.backups': 'INVALID_STATE',
  'recovery.restore': 'INVALID_STATE',
  'backup.restore': 'NOT_FOUND',
};

/**
 * Channels a role may call whose example still cannot go through for it, by rule not by permission: the
 * department manager is never appraised in the department (a cycle never takes them in), so the appraised
 * person's own steps meet a form the manager evaluates and are refused there (FORBIDDEN, with the reason).
 */
const ROLE_ANSWERS: Partial<Record<ChannelName, Partial<Record<Role, ErrorCode>>>> = {
  'appraisal.saveSelf': { manager: 'FORBIDDEN' },
  'appraisal.submitSelf': { manager: 'FORBIDDEN' },
};

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [...EVERYONE, 'anonymous'];

function expectedAnswer(channel: ChannelName, caller: Caller): 'through' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  const who = WHO_MAY_CALL[channel];
  if (who === PUBLIC) return 'through';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  return who.includes(caller) ? 'through' : 'FORBIDDEN';
}

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let ctx: ExampleContext;
let managerPassword = MANAGER.password;
/** One logged-in session per role, reused while it stays logged in (auth channels get fresh ones). */
const roleSessions = new Map<Role, Session>();

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager, groups } = await setUpDepartment(core));
  ctx = await makeExampleContext(core, manager, MANAGER.password);
});

afterAll(async () => {
  await core.close();
});

async function newSession(role: Role): Promise<{ session: Session; password: string }> {
  if (role === 'manager') {
    const session = core.sessions.create();
    unwrap(await core.call('auth.login', { username: MANAGER.username, password: managerPassword }, session));
    return { session, password: managerPassword };
  }
  return { session: await sessionFor(core, manager, role, groups.sales!), password: SESSION_PASSWORD };
}

/** A session for the caller: the auth examples log out, log in as someone else or change the password. */
async function callerSession(
  caller: Caller,
  channel: ChannelName,
): Promise<{ session: Session; password: string | null }> {
  if (caller === 'anonymous') return { session: core.sessions.create(), password: null };
  if (channel.startsWith('auth.')) return newSession(caller);
  const kept = roleSessions.get(caller);
  if (kept?.user)
    return { session: kept, password: caller === 'manager' ? managerPassword : SESSION_PASSWORD };
  const fresh = await newSession(caller);
  roleSessions.set(caller, fresh.session);
  return fresh;
}

describe('who may call each channel', () => {
  it('the table has a row for every channel of the contract, and no other', () => {
    expect(Object.keys(WHO_MAY_CALL).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('each channel declares the access the table expects, role by role', () => {
    const mismatches: string[] = [];
    for (const channel of CHANNEL_NAMES)
      for (const caller of CALLERS) {
        const declared = accessAllows(channels[channel].access, caller === 'anonymous' ? null : caller);
        const expected = expectedAnswer(channel, caller) === 'through';
        if (declared !== expected)
          mismatches.push(`${channel} ${caller}: expected ${expected ? 'allowed' : 'refused'}`);
      }
    expect(mismatches).toEqual([]);
  });

  it('every permission of the matrix guards at least one channel', () => {
    const used = new Set(CHANNEL_NAMES.map((c) => channels[c].access));
    for (const p of Object.keys(PERMISSION_MATRIX) as Permission[]) expect(used, p).toContain(p);
  });

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const { session, password } = await callerSession(caller, channel);
      // The caller goes into the context: client examples work on the caller's own files, which every role sees.
      const input = await exampleFor(channel, {
        ...ctx,
        callerPassword: password ?? 'not-logged-in',
        caller: session,
      });
      const before = tableChecksum(core);
      const r = await core.dispatch(channel, input, session);
      const expected = expectedAnswer(channel, caller);
      const got = r.ok ? 'ok' : r.error.code;

      if (expected === 'through') {
        const allowedAnswer =
          ROLE_ANSWERS[channel]?.[caller as Role] ?? NON_PERMISSION_ANSWERS[channel] ?? 'ok';
        if (got !== allowedAnswer) mismatches.push(`${caller}: expected ${allowedAnswer}, got ${got}`);
        if (r.ok && channel === 'auth.changePassword' && caller === 'manager')
          managerPassword = (input as { newPassword: string }).newPassword;
      } else {
        if (got !== expected) mismatches.push(`${caller}: expected ${expected}, got ${got}`);
        // Refused by the access check itself, not by a rule further in (which names the field at fault).
        else if (!r.ok && r.error.fields)
          mismatches.push(`${caller}: refused by a rule, not by the access check`);
        // A refused call changes nothing at all, audit trail included.
        if (tableChecksum(core) !== before) mismatches.push(`${caller}: refused call changed the database`);
      }
      if (session !== roleSessions.get(caller as Role)) core.sessions.dispose(session);
    }
    expect(mismatches, channel).toEqual([]);
  });

  it('a session signed out mid-way is refused on its next call', async () => {
    const { session } = await newSession('staff');
    expect((await core.call('org.overview', {}, session)).ok).toBe(true);
    unwrap(await core.call('auth.logout', {}, session));
    expect(await core.call('org.overview', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
