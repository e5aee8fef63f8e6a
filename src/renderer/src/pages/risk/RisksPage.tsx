import { Route, Routes } from 'react-router-dom';
import { RiskDetailPage } from './RiskDetailPage';
import { RiskListPage } from './RiskListPage';

/** /risks: the risk register; /risks/:id: one risk. */
export default function RisksPage() {
  return (
    <Routes>
      <Route index element={<RiskListPage />} />
      <Route path=":id" element={<RiskDetailPage />} />
    </Routes>
  );
}
