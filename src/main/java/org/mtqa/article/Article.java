package org.mtqa.article;

import java.nio.charset.StandardCharsets;

/**
 * An article as mtqa checks it.
 *
 * @param file     path relative to the input folder, with '/' separators
 * @param text     the decoded text: BOM removed, nothing else changed, so findings' offsets index it directly
 * @param sha256   hex digest of the file's bytes
 * @param encoding the encoding the text was decoded from: "UTF-8", or "UTF-16LE", "UTF-16BE", "windows-1252"
 */
public record Article(String file, String text, String sha256, String encoding) implements ArticleInput {

    /** An article made from a string, for tests and tools that have no file. */
    public static Article of(String file, String text) {
        return new Article(file, text, "", StandardCharsets.UTF_8.name());
    }
}
