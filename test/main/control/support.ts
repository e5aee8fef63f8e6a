import fs from 'node:fs';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { Printer } from '../../../src/main/printing/printer';
import type { AppErrorShape, Result } from '../../../src/shared/contract/errors';
import { FakeClock, makeCore, sessionFor, setUpDepartment } from '../../support/core';

/**
 * A department for the internal control tests: an auditor in market, a rectification owner and an
 * uninvolved colleague in sales with their group lead, a deputy, the manager. The printer hands back the
 * report's HTML, so a test reads what the PDF would show.
 */
export interface ControlDepartment {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  deputy: Session;
  auditor: Session;
  marketStaff: Session;
  owner: Session;
  salesLead: Session;
  otherStaff: Session;
}

/** Prints nothing: answers the HTML it was given, as bytes. */
export const htmlPrinter: Printer = {
  printToPdf: (file: string) => Promise.resolve(new Uint8Array(fs.readFileSync(file))),
};

export async function controlDepartment(): Promise<ControlDepartment> {
  const clock = new FakeClock();
  const core = await makeCore({ clock, printer: htmlPrinter });
  const { manager, groups } = await setUpDepartment(core);
  const sales = groups.sales!;
  const market = groups.market!;
  return {
    core,
    clock,
    groups,
    manager,
    deputy: await sessionFor(core, manager, 'deputy', market),
    auditor: await sessionFor(core, manager, 'staff', market),
    marketStaff: await sessionFor(core, manager, 'staff', market),
    owner: await sessionFor(core, manager, 'staff', sales),
    salesLead: await sessionFor(core, manager, 'group_lead', sales),
    otherStaff: await sessionFor(core, manager, 'staff', sales),
  };
}

export const staffOf = (s: Session): string => s.user!.staffId;

export function errorOf(r: Result<unknown>): AppErrorShape {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
