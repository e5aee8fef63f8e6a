import { Route, Routes } from 'react-router-dom';
import { QuoteEditorPage } from './QuoteEditorPage';
import { QuoteListPage } from './QuoteListPage';

/** /quotes: the list; /quotes/new and /quotes/:id: one quote in the editor (the Approvals screen links here). */
export default function QuotesPage() {
  return (
    <Routes>
      <Route index element={<QuoteListPage />} />
      <Route path="new" element={<QuoteEditorPage />} />
      <Route path=":id" element={<QuoteEditorPage />} />
    </Routes>
  );
}
