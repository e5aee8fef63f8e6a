import { Route, Routes } from 'react-router-dom';
import { ImprovementDetailPage } from './ImprovementDetailPage';
import { ImprovementFormPage } from './ImprovementFormPage';
import { ImprovementListPage } from './ImprovementListPage';

/**
 * /improvements: the list; /improvements/new: a new measure (the statistics and a complaint's page link
 * here with ?category=…&source=statistics or ?ticket=…&source=complaint); /improvements/:id: one measure;
 * /improvements/:id/edit: its form.
 */
export default function ImprovementsPage() {
  return (
    <Routes>
      <Route index element={<ImprovementListPage />} />
      <Route path="new" element={<ImprovementFormPage />} />
      <Route path=":id" element={<ImprovementDetailPage />} />
      <Route path=":id/edit" element={<ImprovementFormPage />} />
    </Routes>
  );
}
