package org.mtqa.job;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mtqa.article.ArticleReader;
import org.mtqa.languagetool.LanguageToolPool;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per file to check, so that the restart unit is one file and files are checked in parallel. A
 * partition is named after its file's path, so a restarted run finds the partitions of the files still to do.
 */
public class ArticlePartitioner implements Partitioner {

    static final String FILE_KEY = "file";
    /** Present for a subfolder that could not be listed: the reason, which its FAILED entry gives. */
    static final String LISTING_ERROR_KEY = "listingError";

    private final RunPlanner planner;
    private final RunProgress progress;
    private final LanguageToolPool languageTool;
    private final long runId;

    public ArticlePartitioner(RunPlanner planner, RunProgress progress, LanguageToolPool languageTool, long runId) {
        this.planner = planner;
        this.progress = progress;
        this.languageTool = languageTool;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<RunPlanner.ToCheck> files = planner.filesToCheck(runId);
        progress.start(files.size());
        if (!files.isEmpty()) {
            // LanguageTool loads while the job repository records one step per file; a run of unchanged files skips it
            languageTool.preload();
        }
        for (RunPlanner.ToCheck toCheck : files) {
            String file = toCheck.file();
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_KEY, file);
            if (toCheck.listingError() != null) {
                context.putString(LISTING_ERROR_KEY, toCheck.listingError());
            }
            // step names are limited to 100 characters; paths are not
            partitions.put("file-" + ArticleReader.sha256(file.getBytes(StandardCharsets.UTF_8)).substring(0, 32),
                    context);
        }
        return partitions;
    }
}
