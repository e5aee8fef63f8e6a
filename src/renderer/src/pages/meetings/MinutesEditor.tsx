import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_EXTENSIONS } from './minutesEditorKit';
import './minutes.css';

function ToolButton({
  label,
  icon,
  active,
  disabled,
  onClick,
  testId,
}: {
  label: string;
  icon: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Tooltip title={label}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={active}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        data-testid={testId}
      />
    </Tooltip>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      heading: e.isActive('heading', { level: 3 }),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="minutes-toolbar" role="toolbar" aria-label={t('meetings:editor.label')}>
      <ToolButton
        label={t('meetings:editor.bold')}
        icon={<BoldOutlined />}
        active={state.bold}
        onClick={() => chain().toggleBold().run()}
        testId="minutes-bold"
      />
      <ToolButton
        label={t('meetings:editor.italic')}
        icon={<ItalicOutlined />}
        active={state.italic}
        onClick={() => chain().toggleItalic().run()}
        testId="minutes-italic"
      />
      <ToolButton
        label={t('meetings:editor.heading')}
        icon={<span style={{ fontWeight: 700, fontSize: 12 }}>H</span>}
        active={state.heading}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
        testId="minutes-heading"
      />
      <ToolButton
        label={t('meetings:editor.bulletList')}
        icon={<UnorderedListOutlined />}
        active={state.bullet}
        onClick={() => chain().toggleBulletList().run()}
        testId="minutes-bullets"
      />
      <ToolButton
        label={t('meetings:editor.orderedList')}
        icon={<OrderedListOutlined />}
        active={state.ordered}
        onClick={() => chain().toggleOrderedList().run()}
        testId="minutes-numbers"
      />
      <span style={{ width: 1, background: '#e5e5e5', margin: '2px 4px' }} />
      <ToolButton
        label={t('meetings:editor.undo')}
        icon={<UndoOutlined />}
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
        testId="minutes-undo"
      />
      <ToolButton
        label={t('meetings:editor.redo')}
        icon={<RedoOutlined />}
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
        testId="minutes-redo"
      />
    </div>
  );
}

/**
 * The minutes editor (a Form.Item control): paragraphs, bold, italic, headings, lists, undo and redo. It
 * hands its HTML up as it changes; main sanitises it on every save.
 */
export function MinutesEditor({
  value,
  onChange,
  placeholder,
}: {
  value?: string;
  onChange?: (html: string) => void;
  placeholder: string;
}) {
  const editor = useEditor({
    extensions: MINUTES_EXTENSIONS,
    content: value ?? '',
    editorProps: {
      attributes: { 'data-testid': 'minutes-editor', 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });
  // The placeholder shows on the empty first paragraph (CSS reads it from the attribute).
  useEffect(() => {
    if (!editor) return;
    const mark = () => {
      const first = editor.view.dom.firstElementChild;
      if (first) first.setAttribute('data-placeholder', placeholder);
      editor.view.dom.querySelectorAll('p').forEach((p, i) => {
        p.classList.toggle('is-editor-empty', i === 0 && editor.isEmpty);
      });
    };
    mark();
    editor.on('update', mark);
    return () => {
      editor.off('update', mark);
    };
  }, [editor, placeholder]);
  if (!editor) return null;
  return (
    <div className="minutes-editor">
      <Toolbar editor={editor} />
      <div className="minutes-content">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

/** Minutes as issued: through a read-only editor (the same schema), never as raw markup in the page. */
export function MinutesView({ html }: { html: string }) {
  const editor = useEditor({ extensions: MINUTES_EXTENSIONS, content: html, editable: false }, [html]);
  return (
    <div className="minutes-view" data-testid="minutes-view">
      <EditorContent editor={editor} />
    </div>
  );
}
