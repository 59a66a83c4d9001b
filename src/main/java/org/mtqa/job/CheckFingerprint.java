package org.mtqa.job;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import org.languagetool.JLanguageTool;
import org.mtqa.article.ArticleReader;
import org.mtqa.check.AllowList;
import org.mtqa.config.MtqaProperties;

/**
 * Identifies everything besides a file's content and language that shapes its report: mtqa's and LanguageTool's
 * versions, the LanguageTool settings, the allow list and the verdict thresholds. A file whose last check had another
 * fingerprint is checked again.
 */
public record CheckFingerprint(String value) {

    public static CheckFingerprint of(MtqaProperties properties, AllowList allowList) {
        String version = CheckFingerprint.class.getPackage().getImplementationVersion();
        List<String> parts = List.of(
                "mtqa=" + (version == null ? "development" : version),
                "languagetool=" + JLanguageTool.VERSION,
                "disabledRules=" + new TreeSet<>(properties.languagetool().disabledRules()),
                "hintRules=" + new TreeSet<>(properties.languagetool().hintRules()),
                "chunkChars=" + properties.languagetool().chunkChars(),
                "verdict=" + properties.verdict(),
                "allowList=" + new TreeSet<>(allowList.entries()));
        return new CheckFingerprint(ArticleReader.sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
    }
}
