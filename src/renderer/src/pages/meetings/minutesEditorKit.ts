import StarterKit from '@tiptap/starter-kit';

/**
 * The editor's schema: what the minutes may hold (shared/meetings/rules.ts MINUTES_TAGS) and nothing else —
 * no code, links or rules, headings of two levels — so what is typed is what main keeps.
 */
export const MINUTES_EXTENSIONS = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    heading: { levels: [3, 4] },
  }),
];
