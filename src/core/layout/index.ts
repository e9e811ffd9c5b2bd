export { officialLayout, type TableLayout, type LayoutCell } from './officialLayout';
