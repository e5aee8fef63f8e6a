import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { minutesHtml } from '../../../src/main/domains/meetings/minutesPdf';
import { sanitizeMinutes } from '../../../src/main/domains/meetings/minutes';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import { defaultFontsDir } from '../../../src/main/printing/fonts';
import type { Printer } from '../../../src/main/printing/printer';
import { DEFAULT_RISK_SETTINGS } from '../../../src/shared/risk/settings';
import { FakeClock, makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { createMeeting, issuedMeeting, meetingInput } from '../../support/meetingInputs';
import { staffMember } from './support';

const PAYLOAD =
  '<p>正文<strong>加粗</strong></p><script>alert("xss-script")</script>' +
  '<img src=x onerror="alert(\'xss-img\')"><p onclick="steal()" style="color:red">点击</p>' +
  '<a href="javascript:alert(\'xss-link\')">链接</a><iframe src="https://evil.example"></iframe>' +
  '<ul><li>第一条</li></ul><svg onload="alert(1)"><text>svg</text></svg>';

const DANGER = [
  /<script/i,
  /xss-script/,
  /onerror/i,
  /<img/i,
  /onclick/i,
  /javascript:/i,
  /<iframe/i,
  /evil\.example/,
  /onload/i,
  /style=/i,
  /<a\b/i,
  /<svg/i,
];

describe('minutes are sanitised', () => {
  it('only the allowed tags survive, without attributes; script contents go with the script', () => {
    const clean = sanitizeMinutes(PAYLOAD);
    for (const d of DANGER) expect(clean).not.toMatch(d);
    expect(clean).toContain('<p>正文<strong>加粗</strong></p>');
    expect(clean).toContain('<ul><li>第一条</li></ul>');
    expect(clean).toContain('<p>点击</p>');
    // A link keeps its words, not its target.
    expect(clean).toContain('链接');
  });

  it('an editor left empty stores no minutes', () => {
    expect(sanitizeMinutes('<p></p>')).toBe('');
    expect(sanitizeMinutes('<p> <br></p>')).toBe('');
  });
});

let core: Core;
let manager: Session;
let printer: Printer;
const outDir = process.env.KEEP_REPORTS
  ? path.resolve('test-artifacts/meetings')
  : tempDir('bizops-minutes-');

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ clock: new FakeClock(), printer });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  await staffMember(core, manager, '周记录', groups.sales!);
});

afterAll(async () => {
  await core.close();
  await printer.close?.();
});

describe('what reaches storage, the page and the PDF', () => {
  it('a <script> or onerror payload sent by a client is never stored', async () => {
    const d = await createMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [], { minutesHtml: PAYLOAD }),
    );
    const stored = core.store.db
      .prepare('SELECT minutes_html FROM risk_meetings WHERE id = ?')
      .pluck()
      .get(d.meeting.id) as string;
    for (const x of DANGER) expect(stored).not.toMatch(x);
    for (const x of DANGER) expect(d.minutesHtml).not.toMatch(x);
  });

  it('a row written around the service (an old version, by hand) is sanitised again before it is printed', async () => {
    const d = await createMeeting(core, manager, meetingInput(manager.user!.staffId));
    const html = minutesHtml({
      detail: { ...d, minutesHtml: PAYLOAD },
      riskCategories: DEFAULT_RISK_SETTINGS.riskCategories,
      locale: 'zh-CN',
      departmentName: '业务部',
      printedAt: new Date('2026-11-27T02:00:00Z'),
      fontsDir: defaultFontsDir(),
    }).html;
    const minutesPart = html.slice(html.indexOf('class="minutes"'));
    for (const x of DANGER) expect(minutesPart).not.toMatch(x);
    expect(minutesPart).toContain('<strong>加粗</strong>');
  });

  it.each(['zh-CN', 'en-US'] as const)(
    'the printed minutes (%s): particulars, attendees, agenda, minutes, decisions, signature lines',
    async (locale) => {
      const d = await issuedMeeting(
        core,
        manager,
        meetingInput(manager.user!.staffId, [], { minutesHtml: `${PAYLOAD}<ol><li>编号一</li></ol>` }),
      );
      const pdf = unwrap(await core.call('meetings.printMinutes', { id: d.meeting.id, locale }, manager));
      expect(pdf.fileName).toBe(`${locale === 'zh-CN' ? '会议纪要' : 'Minutes'}-${d.meeting.code}.pdf`);
      fs.mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `minutes-${locale}.pdf`);
      fs.writeFileSync(file, pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const squeezed = text.replace(/\s+/g, '');
      for (const word of [
        d.meeting.code,
        '2026年第四季度风险识别会议',
        '王经理',
        '三号会议室',
        '回顾上季度风险应对情况',
        '复核所有A类客户的授信额度',
        '第一条',
        '编号一',
        '加粗',
      ])
        expect(squeezed, word).toContain(word.replace(/\s+/g, ''));
      for (const word of locale === 'zh-CN'
        ? ['风险识别会议纪要', '参会人员', '会议决议', '主持人', '记录人', '签字']
        : [
            'Minutes of the risk identification meeting',
            'Attendees',
            'Decisions',
            'Chair',
            'Recorder',
            'Signature',
          ])
        expect(squeezed, word).toContain(word.replace(/\s+/g, ''));
      for (const bad of ['xss', 'alert', 'javascript', 'evil.example', 'steal'])
        expect(text).not.toContain(bad);
    },
  );
});
