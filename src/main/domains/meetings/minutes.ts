import sanitizeHtml from 'sanitize-html';
import { MINUTES_TAGS } from '../../../shared/meetings/rules';

/*
 * Minutes are HTML from the editor, and HTML is where a script hides: whatever the renderer sent is cut
 * down to MINUTES_TAGS with no attributes at all before it is stored, and cut down again before it is
 * printed (a row written by an older version, or by hand, never reaches the page as it is).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MINUTES_TAGS],
  allowedAttributes: {},
  allowedSchemes: [],
  allowProtocolRelative: false,
  // The content of these goes with them (a script's code is not minutes); other tags leave their text.
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'embed', 'title', 'head'],
  disallowedTagsMode: 'discard',
};

export function sanitizeMinutes(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS).trim();
  // An editor left empty says '<p></p>': no minutes.
  return minutesText(clean) === '' ? '' : clean;
}

/** The minutes' words alone (search, the audit trail): block ends become line breaks. */
export function minutesText(html: string): string {
  const spaced = html.replace(/<\/(p|li|h3|h4|blockquote)>|<br\s*\/?>/g, '\n');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
