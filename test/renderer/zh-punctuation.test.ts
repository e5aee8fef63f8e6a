import { describe, expect, it } from 'vitest';
import { resources } from '../../src/shared/i18n/resources';

/** Ideographs and the marks Chinese text is set with (、。「」《》“”, full-width forms). */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d\u2018\u2019]/u;
const HALF_WIDTH = /[,:;()?!]/;
/** {{name}}, {{count, number}} and $t(ns:key) are filled in at run time: neither Chinese nor punctuation. */
const INTERPOLATION = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;

/** What is wrong with the punctuation of one Chinese string, or null. */
export function punctuationProblem(text: string): string | null {
  const s = text.replace(INTERPOLATION, (m) => 'x'.repeat(m.length));
  for (let i = 0; i < s.length; i++) {
    if (!HALF_WIDTH.test(s[i]!)) continue;
    if (CHINESE.test(s[i - 1] ?? '') || CHINESE.test(s[i + 1] ?? ''))
      return `half-width "${s[i]}" next to Chinese at ${i}`;
  }
  const open: string[] = [];
  for (const ch of s) {
    if (ch === '(' || ch === '（') open.push(ch);
    else if (ch === ')' || ch === '）') {
      const o = open.pop();
      if (o && (o === '(') !== (ch === ')')) return `brackets of two widths: ${o}…${ch}`;
    }
  }
  return null;
}

const strings = (obj: object, prefix: string): [string, string][] =>
  Object.entries(obj).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v]]
      : v && typeof v === 'object'
        ? strings(v as object, `${prefix}${k}.`)
        : [],
  );

describe('Chinese punctuation in the zh-CN translations', () => {
  it('no half-width , : ; ( ) ? ! beside Chinese text, and no bracket pair of two widths', () => {
    const problems = Object.entries(resources['zh-CN']).flatMap(([ns, tree]) =>
      strings(tree, `${ns}:`).flatMap(([key, text]) => {
        const problem = punctuationProblem(text);
        return problem ? [`${key} "${text}": ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('tells the cases apart: placeholders and English tokens inside Chinese are not punctuation', () => {
    expect(punctuationProblem('您好,{{name}}')).toMatch(/half-width ","/);
    expect(punctuationProblem('锁定时长(分钟)')).toMatch(/half-width "\("/);
    expect(punctuationProblem('删除「{{name}}」?')).toMatch(/half-width "\?"/);
    expect(punctuationProblem('请输入手机号（如 13812345678)')).toMatch(/two widths/);
    expect(punctuationProblem('共 {{count, number}} 份')).toBeNull();
    expect(punctuationProblem('不是 Excel 文件（.xlsx），请使用导入模板')).toBeNull();
    expect(punctuationProblem('{{label}}：{{text}}')).toBeNull();
    expect(punctuationProblem('Noto Sans SC, OFL 1.1')).toBeNull();
  });
});
