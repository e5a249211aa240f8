/** A small RFC 4180 reader for the report's CSV export (quoted fields, doubled quotes, CRLF). */

/** Rows of fields; a blank line becomes an empty row, so the report's two tables stay apart. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row.length === 1 && row[0] === '' ? [] : row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The rows between two blank lines: table 0 is the days, table 1 the apps. */
export function csvTables(text: string): string[][][] {
  const tables: string[][][] = [[]];
  for (const row of parseCsv(text)) {
    if (row.length === 0) tables.push([]);
    else tables[tables.length - 1]!.push(row);
  }
  return tables;
}
