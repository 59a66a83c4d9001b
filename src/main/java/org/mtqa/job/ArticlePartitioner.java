package org.mtqa.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mtqa.article.InputFiles;
import org.mtqa.MtqaProperties;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per input file, so that the restart unit is one file and files are checked in parallel. Partition
 * names follow the sorted file list, so a restarted run finds the same partitions.
 */
public class ArticlePartitioner implements Partitioner {

    static final String FILE_KEY = "file";

    private final MtqaProperties properties;

    public ArticlePartitioner(MtqaProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> files = InputFiles.list(properties.input(), properties.include());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_KEY, files.get(i));
            partitions.put(String.format("file%07d", i), context);
        }
        return partitions;
    }
}
