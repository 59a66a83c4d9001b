package org.mtqa.job;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.mtqa.article.ArticleInput;
import org.mtqa.article.ArticleReader;
import org.mtqa.article.UnreadableFile;
import org.mtqa.report.ReportFiles;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the one file of a partition, then reports the end of input. A file that cannot be read or decoded, or a
 * subfolder that could not be listed, is no error here: it is read as an {@link UnreadableFile}, which becomes a FAILED
 * report, so the run goes on. Once a report of the run could not be written (a full disk), it reads nothing more and
 * fails, so that the run stops soon; the next run checks the files left.
 */
public class SingleArticleReader implements ItemReader<ArticleInput> {

    private final Path input;
    private final String file;
    private final Charset fallbackEncoding;
    private final String listingError;
    private final ReportFiles reportFiles;
    private boolean done;

    /**
     * @param fallbackEncoding encoding of files that are not valid UTF-8; null to fail them
     * @param listingError     for a subfolder that could not be listed, the reason; null for a file
     * @param reportFiles      where the reports go: once one could not be written, no file is read any more
     */
    public SingleArticleReader(Path input, String file, Charset fallbackEncoding, String listingError,
            ReportFiles reportFiles) {
        this.input = input;
        this.file = file;
        this.fallbackEncoding = fallbackEncoding;
        this.listingError = listingError;
        this.reportFiles = reportFiles;
    }

    @Override
    public ArticleInput read() {
        if (done) {
            return null;
        }
        done = true;
        // a full disk fails every later report too: checking more files would take hours and keep nothing
        reportFiles.writeFailure().ifPresent(failure -> {
            throw new IllegalStateException("not checked: the run stops, a report could not be written", failure);
        });
        if (listingError != null) {
            return new UnreadableFile(file, "", listingError);
        }
        return ArticleReader.read(input, file, fallbackEncoding);
    }
}
