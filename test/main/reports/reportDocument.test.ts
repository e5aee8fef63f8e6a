import { describe, expect, it } from 'vitest';
import { defaultFontsDir } from '../../../src/main/printing/fonts';
import { reportHtml } from '../../../src/main/printing/reportDocument';

describe('report page frame', () => {
  it('keeps user text in page headers inside its CSS string (no way out of the <style> element)', () => {
    const hostile = '业务部</style><script>alert(1)</script>"\\';
    const html = reportHtml(
      {
        locale: 'zh-CN',
        departmentName: hostile,
        title: hostile,
        printedAtLabel: 'p',
        pageLabel: '{page}/{pages}',
      },
      '<p>x</p>',
      defaultFontsDir(),
    );
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>');
    expect(html).toContain('业务部&lt;/style&gt;');
  });
});
