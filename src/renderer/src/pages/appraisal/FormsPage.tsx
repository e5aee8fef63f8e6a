import { Route, Routes } from 'react-router-dom';
import { FormListPage } from './FormListPage';
import { FormPage } from './FormPage';

/** /appraisal/forms: my appraisals, the forms I evaluate, my team's; /appraisal/forms/:id: one form. */
export default function FormsPage() {
  return (
    <Routes>
      <Route index element={<FormListPage />} />
      <Route path=":id" element={<FormPage />} />
    </Routes>
  );
}
