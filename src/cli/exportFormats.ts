/** What `--out DIR --format F` writes for each report (the batch summary is always written). */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'json', 'text', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
