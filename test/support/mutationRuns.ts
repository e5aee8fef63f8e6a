import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../src/shared/contract/channels';
import { PERMISSION_MATRIX } from '../../src/shared/contract/permissions';
import { exampleFor, type ExampleContext } from './channelExamples';
import { SESSION_PASSWORD, sessionFor } from './core';

/** Restores replace the whole database (the backup tests cover them); setup runs once, on an empty one. */
const NOT_REPEATABLE = new Set<ChannelName>(['backup.restore', 'recovery.restore', 'auth.setup']);

/** Every mutation channel whose example can run against a set-up department. */
export const REPEATABLE_MUTATIONS = CHANNEL_NAMES.filter(
  (c) => channels[c].kind === 'mutation' && !NOT_REPEATABLE.has(c),
);

/**
 * The appraised person's own steps: the department manager is never appraised in the department, so these
 * are called by a staff member, on their own form.
 */
export const APPRAISED_STEPS = new Set<ChannelName>([
  'appraisal.saveSelf',
  'appraisal.submitSelf',
  'appraisal.acknowledge',
  'appraisal.appeal',
]);

/** A fresh session allowed to make the call: anonymous for public channels, else a new account of a permitted role. */
export async function permittedCaller(core: Core, manager: Session, channel: ChannelName): Promise<Session> {
  const access = channels[channel].access;
  if (access === 'public') return core.sessions.create();
  const role =
    access === 'authenticated' || APPRAISED_STEPS.has(channel) ? 'staff' : PERMISSION_MATRIX[access][0];
  return sessionFor(core, manager, role);
}

/**
 * Runs the example of every repeatable mutation once, each by a fresh permitted caller (import jobs belong to
 * the user who uploaded them, so those examples preview as the caller). Throws on the first refusal.
 * The context's callerPassword is replaced: the callers are sessionFor's accounts.
 */
export async function runEveryMutation(core: Core, manager: Session, ctx: ExampleContext): Promise<void> {
  for (const channel of REPEATABLE_MUTATIONS) {
    const session = await permittedCaller(core, manager, channel);
    const own = { ...ctx, callerPassword: SESSION_PASSWORD };
    // Import jobs are the uploader's; an appraisal form's steps are each one person's (the caller's).
    const perCaller = channel.startsWith('clients.import.') || channel.startsWith('appraisal.');
    const context = perCaller ? { ...own, caller: session } : own;
    const r = await core.dispatch(channel, await exampleFor(channel, context), session);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  }
}
