import { NodeViewContent, NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

export function QuoteView({ node, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper as="blockquote" className="body-quote">
      <NodeViewContent className="quote-content" />
      <label className="quote-attribution" contentEditable={false}>
        <span>— {t('editor.attribution')}</span>
        <input
          value={(node.attrs.attribution as string) ?? ''}
          placeholder={t('editor.attributionPlaceholder')}
          onChange={(e) => updateAttributes({ attribution: e.target.value })}
        />
      </label>
    </NodeViewWrapper>
  );
}
