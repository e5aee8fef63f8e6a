import { Route, Routes } from 'react-router-dom';
import { ActivityDetailPage } from './ActivityDetailPage';
import { ActivityFormPage } from './ActivityFormPage';
import { ActivityListPage } from './ActivityListPage';

/** /sales/activities: the list; /new: record one; /:id: one activity and its leads; /:id/edit: its form. */
export default function ActivitiesPage() {
  return (
    <Routes>
      <Route index element={<ActivityListPage />} />
      <Route path="new" element={<ActivityFormPage />} />
      <Route path=":id" element={<ActivityDetailPage />} />
      <Route path=":id/edit" element={<ActivityFormPage />} />
    </Routes>
  );
}
