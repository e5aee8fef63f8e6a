import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * How a Chinese name is typed in pinyin, as Chinese CRM users search: the full syllables run together
 * (杭州博瑞 → hangzhoubori) and their initials (hzbr). Letters and digits inside the name are kept in place
 * (ABC科技 → abckeji / abckj); other characters are dropped. Empty for text without Chinese characters.
 * `person`: the first character is read as a surname (单 → shan, not dan).
 */
export function pinyinForms(text: string, person = false): string[] {
  if (!HAN.test(text)) return [];
  const options = {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    surname: person ? 'head' : 'off',
  } as const;
  const syllables = pinyin(text, options);
  const initials = pinyin(text, { ...options, pattern: 'first' });
  const join = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return [join(syllables), join(initials)].filter((s, i, all) => s !== '' && all.indexOf(s) === i);
}
