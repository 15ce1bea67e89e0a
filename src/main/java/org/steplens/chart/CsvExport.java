package org.steplens.chart;

import org.steplens.io.OutputTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Table} as RFC 4180 CSV (UTF-8, CRLF line ends), preceded by {@code # key: value} comment lines
 * carrying the title and the provenance. Most readers skip them with a comment option
 * (pandas {@code comment="#"}, R {@code comment.char="#"}).
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(Table table, Provenance provenance, Path out) throws IOException {
        byte[] bytes = toCsv(table, provenance).getBytes(StandardCharsets.UTF_8);
        OutputTarget.of(out).creatingFolders().write(stream -> stream.write(bytes));
    }

    public static String toCsv(Table table, Provenance provenance) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(oneLine(table.title())).append("\r\n");
        if (provenance != null) {
            for (String line : provenance.lines()) {
                sb.append("# ").append(oneLine(line)).append("\r\n");
            }
        }
        appendRow(sb, table.columns());
        for (List<String> row : table.rows()) {
            appendRow(sb, row);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells) {
        sb.append(row(cells)).append("\r\n");
    }

    /** One CSV row (RFC 4180 quoting, null as empty), without its line end. */
    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        return sb.toString();
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.startsWith("#") || !cell.equals(cell.strip());
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
