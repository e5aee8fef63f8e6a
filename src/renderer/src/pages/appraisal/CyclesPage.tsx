import { Route, Routes } from 'react-router-dom';
import { CycleDetailPage } from './CycleDetail';
import { CycleListPage } from './CycleList';
import { OpenCyclePage } from './OpenCycle';

/** /appraisal/cycles: the cycles; /new: the manager opens one; /:id: one cycle. */
export default function CyclesPage() {
  return (
    <Routes>
      <Route index element={<CycleListPage />} />
      <Route path="new" element={<OpenCyclePage />} />
      <Route path=":id" element={<CycleDetailPage />} />
    </Routes>
  );
}
