import { saveFile } from '../ui/save-file.js';

export type CsvCell = string | number | null;

const quote = (cell: CsvCell): string => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 text: a header line, then one line per row; CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/**
 * Saves CSV text as a file. A byte-order mark first, so that spreadsheet programs read the
 * Chinese names and headers as UTF-8.
 */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}
