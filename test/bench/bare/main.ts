// The bench's baseline: the same grid, built by the same function with the same table-3 layout as the
// app draws it (header rows and row-label columns fixed, wrapped rows measured: issue #10 point 3),
// and nothing else (no Svelte, no engine, no importers). `?minimal` draws it without the fixed label
// columns and row measuring (the baseline before those were required), for comparison.
import { createGrid } from '../../../src/ui/grid/createGrid';
import model from './model.generated.json';

const minimal = location.search === '?minimal';
createGrid(document.getElementById('grid')!, {
  data: model.data,
  mergeCells: model.merges,
  colWidths: model.colWidths,
  fixedRowsTop: model.fixedRowsTop,
  ...(minimal ? {} : { fixedColumnsStart: model.fixedColumnsStart, autoRowSize: true }),
});
