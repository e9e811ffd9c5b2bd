// The bench's baseline: the same grid, built by the same function with the same table-3 layout,
// and nothing else (no Svelte, no engine, no importers).
import { createGrid } from '../../../src/ui/grid/createGrid';
import model from './model.generated.json';

createGrid(document.getElementById('grid')!, {
  data: model.data,
  mergeCells: model.merges,
  colWidths: model.colWidths,
  fixedRowsTop: model.fixedRowsTop,
});
