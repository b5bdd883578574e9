/** The box shown in the body where an image being uploaded will appear, with its own progress bar. */
export function placeholderElement(text: string): { dom: HTMLElement; setProgress(fraction: number): void } {
  const dom = document.createElement('div');
  dom.className = 'upload-placeholder';
  dom.contentEditable = 'false';
  const label = document.createElement('span');
  label.textContent = text;
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-label', text);
  dom.append(label, bar);
  return { dom, setProgress: (fraction) => (bar.value = fraction) };
}
