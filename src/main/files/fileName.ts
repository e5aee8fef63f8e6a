import path from 'node:path';

/** Longest name kept, in characters; a longer one keeps its extension and loses the end of its stem. */
const MAX_NAME = 150;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name safe to keep in the database and to write on any desktop: no folders, no characters
 * Windows forbids, no control or bidirectional-override characters, no trailing dots or spaces, no device
 * names, at most MAX_NAME characters (the extension kept). Never empty.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) name = 'file';
  if (WINDOWS_DEVICES.test(name)) name = `_${name}`;
  const chars = [...name];
  if (chars.length > MAX_NAME) {
    const ext = path.extname(name);
    const keepExt = [...ext].length <= 16 ? ext : '';
    const stem = [...name.slice(0, name.length - keepExt.length)].slice(0, MAX_NAME - [...keepExt].length);
    name = `${stem.join('')}${keepExt}`;
  }
  return name;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  '7z': 'application/x-7z-compressed',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
};

/** The MIME type a file's extension stands for (what the OS opens it with), else application/octet-stream. */
export function mimeOf(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}
