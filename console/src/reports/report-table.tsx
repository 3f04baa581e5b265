import { Button } from '../ui/button.js';
import { Cell, Table, type TableColumn } from '../ui/table.js';
import { downloadCsv, toCsv, type CsvCell } from './csv.js';
import { useReportsT } from './use-reports-t.js';

export interface ReportColumn extends TableColumn {
  /** Cells as shown (formatted for the reader). */
  show(row: number): string;
  /** The cell in the CSV file: raw numbers (seconds, fractions), not the formatted text. */
  csv(row: number): CsvCell;
}

/**
 * A table of a report with its heading and an "Export CSV" button. The CSV holds raw figures
 * (seconds, shares from 0 to 1) under the same headers, so spreadsheets can compute with them.
 */
export function ReportTable({ title, file, columns, rows, id }: { title: string; file: string; columns: readonly ReportColumn[]; rows: number; id?: string }) {
  const t = useReportsT();
  const indexes = Array.from({ length: rows }, (_, i) => i);
  const exportCsv = () =>
    downloadCsv(
      `${file}.csv`,
      toCsv(
        columns.map((c) => c.label),
        indexes.map((i) => columns.map((c) => c.csv(i))),
      ),
    );
  return (
    <section class="report-block" aria-labelledby={id}>
      <header class="report-block-header">
        <h2 id={id}>{title}</h2>
        <Button size="small" onClick={exportCsv} aria-label={t('reports.csvLabel', { table: title })} disabled={rows === 0}>
          {t('reports.csv')}
        </Button>
      </header>
      <Table caption={title} columns={columns} empty={<p class="report-empty">{t('reports.emptyTable')}</p>}>
        {indexes.map((i) => (
          <tr key={i}>
            {columns.map((c) => (
              <Cell key={c.label} label={c.label} numeric={c.numeric}>
                {c.show(i)}
              </Cell>
            ))}
          </tr>
        ))}
      </Table>
    </section>
  );
}
