package dev.nerve.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One scenario's results as a Markdown table, plus free-form notes under it. */
final class Report {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    Report row(Object... cells) {
        if (cells.length != columns.size()) throw new IllegalArgumentException("expected " + columns.size() + " cells");
        List<String> row = new ArrayList<>();
        for (Object cell : cells) row.add(format(cell));
        rows.add(row);
        return this;
    }

    Report note(String note) {
        notes.add(note);
        return this;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** The number in a cell, without thousands separators or a unit such as " ms" or " KiB". */
    double number(int row, int column) {
        String cell = rows.get(row).get(column).replace(",", "");
        int space = cell.indexOf(' ');
        return Double.parseDouble(space < 0 ? cell : cell.substring(0, space));
    }

    String title() {
        return title;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append("---|".repeat(columns.size())).append("\n");
        for (List<String> row : rows) out.append("| ").append(String.join(" | ", row)).append(" |\n");
        for (String note : notes) out.append("\n").append(note).append("\n");
        return out.toString();
    }

    static String format(Object cell) {
        if (cell instanceof Double d) return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        if (cell instanceof Long || cell instanceof Integer) return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        return String.valueOf(cell);
    }
}
