package org.mtqa.check;

import java.util.List;

import org.mtqa.article.Article;
import org.mtqa.finding.Finding;

/** An article with everything found in it, in text order. */
public record CheckedArticle(Article article, List<Finding> findings, int words, int sentences) {
}
