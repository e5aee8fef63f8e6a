import { Route, Routes } from 'react-router-dom';
import { CompetitorDetailPage } from './CompetitorDetailPage';
import { CompetitorFormPage } from './CompetitorFormPage';
import { CompetitorListPage } from './CompetitorListPage';

/** /sales/competitors: the files; /new: open one; /:id: one file with its time line; /:id/edit: its form. */
export default function CompetitorsPage() {
  return (
    <Routes>
      <Route index element={<CompetitorListPage />} />
      <Route path="new" element={<CompetitorFormPage />} />
      <Route path=":id" element={<CompetitorDetailPage />} />
      <Route path=":id/edit" element={<CompetitorFormPage />} />
    </Routes>
  );
}
