package org.mtqa.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mtqa.finding.Category;

/**
 * One known artefact of a gold file: the {@code occurrence}-th appearance of {@code surface} in {@code file}. Format:
 * tab-separated {@code file category surface occurrence required}, lines starting with {@code #} are comments, and a
 * header line naming the columns ({@code file	category	…}) is skipped.
 */
public record GoldRow(String file, Category category, String surface, int occurrence, boolean required) {

    /** How a header line starts: the first column's name. */
    private static final String HEADER = "file\tcategory\t";

    public static List<GoldRow> read(Path tsv) {
        try {
            return Files.readAllLines(tsv).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(HEADER))
                    .map(GoldRow::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + tsv, e);
        }
    }

    private static GoldRow parse(String line) {
        String[] cells = line.split("\t");
        if (cells.length != 5) {
            throw new IllegalArgumentException("gold line needs 5 tab-separated cells: " + line);
        }
        return new GoldRow(cells[0], Category.valueOf(cells[1]), cells[2], Integer.parseInt(cells[3]),
                cells[4].equals("1"));
    }

    /** Start offset of this row's span in the text, or -1 when the text does not contain it that often. */
    public int startIn(String text) {
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = text.indexOf(surface, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
