import { Route, Routes } from 'react-router-dom';
import { ResearchDetailPage } from './ResearchDetailPage';
import { ResearchFormPage } from './ResearchFormPage';
import { ResearchListPage } from './ResearchListPage';

/** /sales/research: the list; /new: record one; /:id: one record; /:id/edit: its form. */
export default function ResearchPage() {
  return (
    <Routes>
      <Route index element={<ResearchListPage />} />
      <Route path="new" element={<ResearchFormPage />} />
      <Route path=":id" element={<ResearchDetailPage />} />
      <Route path=":id/edit" element={<ResearchFormPage />} />
    </Routes>
  );
}
