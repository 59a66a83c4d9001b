package org.mtqa.job;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.mtqa.article.ArticleInput;
import org.mtqa.article.ArticleReader;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the one file of a partition, then reports the end of input. A file that cannot be read or decoded is no error
 * here: it is read as an {@link org.mtqa.article.UnreadableFile}, which becomes a FAILED report, so the run goes on.
 */
public class SingleArticleReader implements ItemReader<ArticleInput> {

    private final Path input;
    private final String file;
    private final Charset fallbackEncoding;
    private boolean done;

    /** @param fallbackEncoding encoding of files that are not valid UTF-8; null to fail them */
    public SingleArticleReader(Path input, String file, Charset fallbackEncoding) {
        this.input = input;
        this.file = file;
        this.fallbackEncoding = fallbackEncoding;
    }

    @Override
    public ArticleInput read() {
        if (done) {
            return null;
        }
        done = true;
        return ArticleReader.read(input, file, fallbackEncoding);
    }
}
