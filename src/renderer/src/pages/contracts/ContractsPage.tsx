import { Route, Routes } from 'react-router-dom';
import { ContractDetailPage } from './ContractDetailPage';
import { ContractListPage } from './ContractListPage';

/** /contracts: the list; /contracts/:id: one contract with its review, execution and hand-off. */
export default function ContractsPage() {
  return (
    <Routes>
      <Route index element={<ContractListPage />} />
      <Route path=":id" element={<ContractDetailPage />} />
    </Routes>
  );
}
