import { Route, Routes } from 'react-router-dom';
import { DecisionListPage } from './DecisionListPage';
import { MeetingDetailPage } from './MeetingDetailPage';
import { MeetingFormPage } from './MeetingFormPage';
import { MeetingListPage } from './MeetingListPage';

/**
 * /risk-meetings: the list; /risk-meetings/new (?type=periodic from the manager's to-do): a new meeting;
 * /risk-meetings/decisions: every decision; /risk-meetings/:id: one meeting; /risk-meetings/:id/edit: its form.
 */
export default function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingListPage />} />
      <Route path="new" element={<MeetingFormPage />} />
      <Route path="decisions" element={<DecisionListPage />} />
      <Route path=":id" element={<MeetingDetailPage />} />
      <Route path=":id/edit" element={<MeetingFormPage />} />
    </Routes>
  );
}
