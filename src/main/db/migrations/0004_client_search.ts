/**
 * Client search, keyed by the client's rowid.
 *
 * A search's hits are client rowids (the FTS rowid and the search row's key are the client's own rowid),
 * so a list never looks a hit up by its text id: with many hits the list walks its index in order and
 * probes the hit set, stopping at the end of the first page, and counts from an index alone; with few it
 * reads the hits' rows directly. Clients are never removed (deletion is soft) and their rowids are never
 * reused; VACUUM and VACUUM INTO keep rowids (test/main/clients/search keeps this true).
 */
export const sql = /* sql */ `
DROP TRIGGER client_search_ai;
DROP TRIGGER client_search_ad;
DROP TRIGGER client_search_au;
DROP TABLE client_search_fts;

CREATE TABLE client_search_by_rowid (
  client_rowid INTEGER PRIMARY KEY,
  text         TEXT NOT NULL
) STRICT;
INSERT INTO client_search_by_rowid (client_rowid, text)
  SELECT c.rowid, s.text FROM client_search s JOIN clients c ON c.id = s.client_id;
DROP TABLE client_search;
ALTER TABLE client_search_by_rowid RENAME TO client_search;

CREATE VIRTUAL TABLE client_search_fts USING fts5(
  text, content='client_search', content_rowid='client_rowid', tokenize='trigram'
);
INSERT INTO client_search_fts(client_search_fts) VALUES ('rebuild');
CREATE TRIGGER client_search_ai AFTER INSERT ON client_search BEGIN
  INSERT INTO client_search_fts(rowid, text) VALUES (new.client_rowid, new.text);
END;
CREATE TRIGGER client_search_ad AFTER DELETE ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.client_rowid, old.text);
END;
CREATE TRIGGER client_search_au AFTER UPDATE ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.client_rowid, old.text);
  INSERT INTO client_search_fts(rowid, text) VALUES (new.client_rowid, new.text);
END;
`;
