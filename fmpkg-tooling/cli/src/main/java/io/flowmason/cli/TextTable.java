package io.flowmason.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as left-aligned columns under a header, two spaces apart; an absent cell shows as {@code -}. */
public final class TextTable {

    private static final String ABSENT = "-";
    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null || cell.toString().isEmpty() ? ABSENT : cell.toString());
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, or the sentence {@code whenEmpty} when it has no rows. */
    public void print(PrintWriter out, String whenEmpty) {
        if (rows.isEmpty()) {
            out.println(whenEmpty);
            out.flush();
        } else {
            print(out);
        }
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        printLine(out, headers, widths);
        for (List<String> row : rows) {
            printLine(out, row, widths);
        }
        out.flush();
    }

    private static void printLine(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            line.append(cell);
            if (column < cells.size() - 1) {
                line.append(" ".repeat(widths[column] - cell.length())).append(GAP);
            }
        }
        out.println(line);
    }
}
