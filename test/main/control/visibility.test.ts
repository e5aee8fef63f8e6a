import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { unwrap } from '../../support/core';
import { auditAt, findingInput, rectificationInput } from '../../support/controlFlow';
import { controlDepartment, errorOf, staffOf, type ControlDepartment } from './support';

/**
 * Who sees what of internal control (RISK.md "Visibility"), checked against a table written out by hand:
 * an audit's auditors the whole audit; a rectification's owner — and the lead of the owner's group — the
 * audit, that finding and that rectification; the manager and deputies everything; anyone else nothing.
 *
 * A1 (audited by `auditor`): finding F1 with R1 owned by `owner` (sales), finding F2 with R2 owned by
 * `marketStaff`. A2 (audited by `marketStaff`): finding F3, no rectification.
 */
let d: ControlDepartment;
const ids: Record<string, string> = {};

beforeAll(async () => {
  d = await controlDepartment();
  const a1 = await auditAt(d.core, d.manager, staffOf(d.auditor), 'in_progress');
  const f1 = unwrap(
    await d.core.call(
      'control.addFinding',
      findingInput(a1.audit.id, { title: '问题一：合同未审' }),
      d.auditor,
    ),
  );
  const f2 = unwrap(
    await d.core.call(
      'control.addFinding',
      findingInput(a1.audit.id, { title: '问题二：报价无复核', severity: 'high' }),
      d.auditor,
    ),
  );
  const r1 = unwrap(
    await d.core.call(
      'control.addRectification',
      rectificationInput(f1.id, staffOf(d.owner), { requirement: '整改一' }),
      d.auditor,
    ),
  );
  const r2 = unwrap(
    await d.core.call(
      'control.addRectification',
      rectificationInput(f2.id, staffOf(d.marketStaff), { requirement: '整改二' }),
      d.auditor,
    ),
  );
  const a2 = await auditAt(d.core, d.manager, staffOf(d.marketStaff), 'in_progress');
  const f3 = unwrap(
    await d.core.call(
      'control.addFinding',
      findingInput(a2.audit.id, { title: '问题三：台账缺失' }),
      d.marketStaff,
    ),
  );
  Object.assign(ids, {
    A1: a1.audit.id,
    A2: a2.audit.id,
    F1: f1.id,
    F2: f2.id,
    F3: f3.id,
    R1: r1.id,
    R2: r2.id,
  });
});
afterAll(async () => {
  await d.core.close();
});

type Who = 'auditor' | 'owner' | 'salesLead' | 'otherStaff' | 'deputy' | 'manager';
const EXPECTED: Record<Who, { audits: string[]; findings: string[]; rectifications: string[] }> = {
  auditor: { audits: ['A1'], findings: ['F1', 'F2'], rectifications: ['R1', 'R2'] },
  owner: { audits: ['A1'], findings: ['F1'], rectifications: ['R1'] },
  salesLead: { audits: ['A1'], findings: ['F1'], rectifications: ['R1'] },
  otherStaff: { audits: [], findings: [], rectifications: [] },
  deputy: { audits: ['A1', 'A2'], findings: ['F1', 'F2', 'F3'], rectifications: ['R1', 'R2'] },
  manager: { audits: ['A1', 'A2'], findings: ['F1', 'F2', 'F3'], rectifications: ['R1', 'R2'] },
};
const WHO = Object.keys(EXPECTED) as Who[];
const session = (w: Who): Session => d[w];
const names = (idList: string[]) =>
  idList.map((id) => Object.keys(ids).find((k) => ids[k] === id) ?? id).sort();

/** The first column of an export's data rows. */
async function exportedFirstColumn(bytes: Uint8Array): Promise<string[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const out: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(String(row.getCell(1).value));
  });
  return out.sort();
}

describe.each(WHO)('%s', (who) => {
  const expected = EXPECTED[who];

  it('lists exactly the audits, findings and rectifications of the table', async () => {
    const s = session(who);
    const audits = unwrap(await d.core.call('control.listAudits', {}, s));
    const findings = unwrap(await d.core.call('control.listFindings', {}, s));
    const rects = unwrap(await d.core.call('control.listRectifications', {}, s));
    expect(names(audits.items.map((a) => a.id))).toEqual(expected.audits);
    expect(names(findings.items.map((f) => f.id))).toEqual(expected.findings);
    expect(names(rects.items.map((r) => r.id))).toEqual(expected.rectifications);
    expect([audits.total, findings.total, rects.total]).toEqual([
      expected.audits.length,
      expected.findings.length,
      expected.rectifications.length,
    ]);
  });

  it('opens exactly the audits of the table, with their part of it', async () => {
    for (const key of ['A1', 'A2']) {
      const r = await d.core.call('control.getAudit', { id: ids[key]! }, session(who));
      if (!expected.audits.includes(key)) {
        expect(errorOf(r).code, key).toBe('NOT_FOUND');
        continue;
      }
      const detail = unwrap(r);
      expect(names(detail.findings.map((f) => f.id))).toEqual(
        expected.findings.filter((f) => (key === 'A1' ? f !== 'F3' : f === 'F3')),
      );
      expect(names(detail.findings.flatMap((f) => f.rectifications.map((x) => x.id)))).toEqual(
        key === 'A1' ? expected.rectifications : [],
      );
    }
  });

  it('exports exactly what the lists show', async () => {
    const s = session(who);
    const codes = async (channel: 'control.exportAudits' | 'control.exportFindings') =>
      exportedFirstColumn(unwrap(await d.core.call(channel, { locale: 'zh-CN' }, s)).bytes);
    const audits = unwrap(await d.core.call('control.listAudits', {}, s))
      .items.map((a) => a.code)
      .sort();
    const findings = unwrap(await d.core.call('control.listFindings', {}, s))
      .items.map((f) => f.code)
      .sort();
    expect(await codes('control.exportAudits')).toEqual(audits);
    expect(await codes('control.exportFindings')).toEqual(findings);
    expect(audits).toHaveLength(expected.audits.length);
    const rects = exportedFirstColumn(
      unwrap(await d.core.call('control.exportRectifications', { locale: 'en-US' }, s)).bytes,
    );
    expect(await rects).toHaveLength(expected.rectifications.length);
  });

  it('prints the report of A1 with exactly their part of it', async () => {
    const r = await d.core.call('control.printReport', { id: ids.A1!, locale: 'zh-CN' }, session(who));
    if (!expected.audits.includes('A1')) {
      expect(errorOf(r).code).toBe('NOT_FOUND');
      return;
    }
    const page = new TextDecoder().decode(unwrap(r).bytes);
    expect(page.includes('问题一：合同未审')).toBe(expected.findings.includes('F1'));
    expect(page.includes('问题二：报价无复核')).toBe(expected.findings.includes('F2'));
    expect(page.includes('整改二')).toBe(expected.rectifications.includes('R2'));
    expect(page).not.toContain('问题三');
  });
});
