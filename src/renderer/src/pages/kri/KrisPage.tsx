import { Route, Routes } from 'react-router-dom';
import { KriDetailPage } from './KriDetailPage';
import { KriFormPage } from './KriFormPage';
import { KriListPage } from './KriListPage';

/** /kris: the indicators; /kris/new: a new one; /kris/:id: one indicator; /kris/:id/edit: its form. */
export default function KrisPage() {
  return (
    <Routes>
      <Route index element={<KriListPage />} />
      <Route path="new" element={<KriFormPage />} />
      <Route path=":id" element={<KriDetailPage />} />
      <Route path=":id/edit" element={<KriFormPage />} />
    </Routes>
  );
}
