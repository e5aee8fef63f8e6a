/**
 * Client search text, versioned. The text a file is found by is derived from the file and its contacts
 * (clients/search.ts); when what goes into it changes (pinyin and initials of Chinese names, this version),
 * the rows written by an older version are rewritten in the background after start
 * (clients/searchRebuild.ts), so the migration itself stays quick at any size. Rows already here are
 * version 1; the FTS index follows changes of the text only.
 */
export const sql = /* sql */ `
ALTER TABLE client_search ADD COLUMN text_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX client_search_text_version ON client_search(text_version);

DROP TRIGGER client_search_au;
CREATE TRIGGER client_search_au AFTER UPDATE OF text ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.client_rowid, old.text);
  INSERT INTO client_search_fts(rowid, text) VALUES (new.client_rowid, new.text);
END;
`;
