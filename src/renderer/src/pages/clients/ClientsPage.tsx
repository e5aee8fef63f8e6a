import { Route, Routes } from 'react-router-dom';
import { ClientDetailPage } from './ClientDetailPage';
import { ClientListPage } from './ClientListPage';

/** /clients: the list; /clients/:id: one client file. */
export default function ClientsPage() {
  return (
    <Routes>
      <Route index element={<ClientListPage listKey="all" />} />
      <Route path=":id" element={<ClientDetailPage />} />
    </Routes>
  );
}
