package org.mtqa.article;

/** What reading one input file gives: the article, or the reason it could not be read. */
public sealed interface ArticleInput permits Article, UnreadableFile {

    /** Path relative to the input folder, with '/' separators. */
    String file();

    /** Hex SHA-256 of the file's bytes; empty when the bytes could not be read. */
    String sha256();
}
