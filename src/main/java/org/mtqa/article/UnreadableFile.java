package org.mtqa.article;

/** An input file that could not be turned into text, and why. */
public record UnreadableFile(String file, String sha256, String reason) implements ArticleInput {
}
