import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

/** Editing view of an inline image: the picture plus caption, credit and alt text fields. */
export function FigureView({ node, updateAttributes, deleteNode, selected }: NodeViewProps) {
  const { t } = useTranslation();
  const attrs = node.attrs as { src: string; alt: string; caption: string; credit: string };
  return (
    <NodeViewWrapper as="figure" className={`body-figure${selected ? ' is-selected' : ''}`} data-drag-handle="">
      {attrs.src ? <img src={attrs.src} alt={attrs.alt} /> : null}
      <div className="figure-fields" contentEditable={false}>
        <label>
          <span>{t('editor.caption')}</span>
          <input value={attrs.caption} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label>
          <span>{t('editor.credit')}</span>
          <input value={attrs.credit} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        <label>
          <span>{t('editor.altText')}</span>
          <input value={attrs.alt} onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
        <button type="button" className="ghost" onClick={() => deleteNode()}>
          {t('editor.removeBlock')}
        </button>
      </div>
    </NodeViewWrapper>
  );
}
