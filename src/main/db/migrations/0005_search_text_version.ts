/**
 * Client search by pinyin, and versioned search text.
 *
 * A file is also found by the pinyin of its Chinese names and their initials (hangzhou, hz → 杭州). They
 * live in a column of their own with a trigram index of their own, so the commonest search — two Chinese
 * characters, which scans the text because trigrams need three — reads no more than before; a query of
 * letters and digits looks in both.
 *
 * The search text is derived from the file and its contacts (clients/search.ts). When what goes into it
 * changes (this version adds the pinyin), rows written by an older version are rewritten in the background
 * after start (clients/searchRebuild.ts), so this migration stays quick at any size: rows already here are
 * version 1 with no pinyin yet, and the new index starts with them empty.
 */
export const sql = /* sql */ `
ALTER TABLE client_search ADD COLUMN pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE client_search ADD COLUMN text_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX client_search_text_version ON client_search(text_version);

-- The text's index follows changes of the text only (a change of pinyin or version alone leaves it be).
DROP TRIGGER client_search_au;
CREATE TRIGGER client_search_au AFTER UPDATE OF text ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.client_rowid, old.text);
  INSERT INTO client_search_fts(rowid, text) VALUES (new.client_rowid, new.text);
END;

CREATE VIRTUAL TABLE client_pinyin_fts USING fts5(
  pinyin, content='client_search', content_rowid='client_rowid', tokenize='trigram'
);
INSERT INTO client_pinyin_fts(client_pinyin_fts) VALUES ('rebuild');
CREATE TRIGGER client_pinyin_ai AFTER INSERT ON client_search BEGIN
  INSERT INTO client_pinyin_fts(rowid, pinyin) VALUES (new.client_rowid, new.pinyin);
END;
CREATE TRIGGER client_pinyin_ad AFTER DELETE ON client_search BEGIN
  INSERT INTO client_pinyin_fts(client_pinyin_fts, rowid, pinyin) VALUES ('delete', old.client_rowid, old.pinyin);
END;
CREATE TRIGGER client_pinyin_au AFTER UPDATE OF pinyin ON client_search BEGIN
  INSERT INTO client_pinyin_fts(client_pinyin_fts, rowid, pinyin) VALUES ('delete', old.client_rowid, old.pinyin);
  INSERT INTO client_pinyin_fts(rowid, pinyin) VALUES (new.client_rowid, new.pinyin);
END;
`;
