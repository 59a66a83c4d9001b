package org.mtqa.job;

import java.nio.file.Path;

import org.mtqa.article.ArticleInput;
import org.mtqa.article.ArticleReader;
import org.springframework.batch.infrastructure.item.ItemReader;

/** Reads the one file of a partition, then reports the end of input. */
public class SingleArticleReader implements ItemReader<ArticleInput> {

    private final Path input;
    private final String file;
    private boolean done;

    public SingleArticleReader(Path input, String file) {
        this.input = input;
        this.file = file;
    }

    @Override
    public ArticleInput read() {
        if (done) {
            return null;
        }
        done = true;
        return ArticleReader.read(input, file);
    }
}
