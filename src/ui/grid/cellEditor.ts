/**
 * Whether a cell's editor is open: keys and pastes there belong to it. Handsontable 18 marks its
 * editor's holder `ht_editor_hidden` while closed; open, the holder carries the class of the pane it
 * sits over (`ht_clone_master`, …), not `ht_editor_visible` (that one only for editors nested in a
 * cell), so it is told by the absence of the first.
 */
export function cellEditorOpen(): boolean {
  return !!document.querySelector('.handsontableInputHolder:not(.ht_editor_hidden)');
}
