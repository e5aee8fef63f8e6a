import type { AgendaItem, MeetingAttendee } from '../../../../shared/meetings/types';
import type { Stamp } from '../../../core/mutation';
import { newId } from '../../../core/ids';
import { stmt, type Db } from '../../../db/connection';

/** The people who attended, by name. */
export function attendeesOf(db: Db, meetingId: string): MeetingAttendee[] {
  return stmt(
    db,
    `SELECT a.staff_id AS staffId, s.name, s.group_id AS groupId
     FROM risk_meeting_attendees a JOIN staff s ON s.id = a.staff_id
     WHERE a.meeting_id = ? ORDER BY s.name COLLATE NOCASE, s.employee_no`,
  ).all(meetingId) as MeetingAttendee[];
}

export function replaceAttendees(db: Db, meetingId: string, staffIds: readonly string[], s: Stamp): void {
  stmt(db, 'DELETE FROM risk_meeting_attendees WHERE meeting_id = ?').run(meetingId);
  const insert = stmt(
    db,
    `INSERT INTO risk_meeting_attendees (id, meeting_id, staff_id, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const staffId of staffIds) insert.run(newId(), meetingId, staffId, s.at, s.at, s.by, s.by);
}

export function agendaOf(db: Db, meetingId: string): AgendaItem[] {
  return stmt(
    db,
    `SELECT g.id, g.position, g.title, g.presenter_id AS presenterId, s.name AS presenterName
     FROM risk_meeting_agenda g LEFT JOIN staff s ON s.id = g.presenter_id
     WHERE g.meeting_id = ? ORDER BY g.position`,
  ).all(meetingId) as AgendaItem[];
}

export function replaceAgenda(
  db: Db,
  meetingId: string,
  items: readonly { title: string; presenterId: string | null }[],
  s: Stamp,
): void {
  stmt(db, 'DELETE FROM risk_meeting_agenda WHERE meeting_id = ?').run(meetingId);
  const insert = stmt(
    db,
    `INSERT INTO risk_meeting_agenda (id, meeting_id, position, title, presenter_id, created_at, updated_at,
       created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((item, i) =>
    insert.run(newId(), meetingId, i + 1, item.title, item.presenterId, s.at, s.at, s.by, s.by),
  );
}

/** The group a person is in now (a chair who is not among the attendees). */
export function groupOfStaff(db: Db, staffId: string): string | null {
  return (stmt(db, 'SELECT group_id FROM staff WHERE id = ?').pluck().get(staffId) as string | null) ?? null;
}
