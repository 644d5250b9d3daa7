/**
 * Copies what a text box holds. Office's webviews may lack the clipboard API
 * or refuse it; then the text is selected in its box, so Ctrl+C is the way
 * out. Returns whether the clipboard took it.
 */
export async function copyOrSelect(box: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(box.value);
    return true;
  } catch {
    box.focus();
    box.select();
    return false;
  }
}
