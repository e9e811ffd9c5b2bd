export { readPdf } from './readPdf';
export { loadPdfjs } from './loadPdfjs';
