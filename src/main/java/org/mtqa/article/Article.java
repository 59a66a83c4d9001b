package org.mtqa.article;

/**
 * An article as mtqa checks it.
 *
 * @param file   path relative to the input folder, with '/' separators
 * @param text   the decoded text: BOM removed, nothing else changed, so findings' offsets index it directly
 * @param sha256 hex digest of the file's bytes
 */
public record Article(String file, String text, String sha256) implements ArticleInput {

    /** An article made from a string, for tests and tools that have no file. */
    public static Article of(String file, String text) {
        return new Article(file, text, "");
    }
}
