package org.mtqa.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mtqa.history.HistoryRecovery;
import org.mtqa.score.Verdict;
import org.mtqa.score.Verdicts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of mtqa, bound from {@code mtqa.*} properties, {@code --mtqa.x=...} arguments or {@code MTQA_X}
 * environment variables.
 *
 * @param input     folder whose articles are checked
 * @param include   glob of the files to check, relative to the input folder
 * @param reports   folder the reports (and, by default, the H2 history database) are written to
 * @param language  LanguageTool variant: de-DE, de-AT or de-CH
 * @param threads   parallel workers, each with its own LanguageTool; 0 means one per core
 * @param verdict   score thresholds of the verdicts
 * @param gate      which verdict fails the run's exit code
 * @param languagetool LanguageTool settings
 * @param evaluation   after the run, print precision and noise figures
 * @param allowList    plain-text file of words and phrases that are right (one a line); none by default
 * @param full         check every file, even those unchanged since their last check
 * @param progressInterval how often a long run logs its progress
 * @param fallbackEncoding encoding of files that are not valid UTF-8 (old exports are often windows-1252); empty to
 *                         report such files as FAILED
 * @param writeFixed   also write each checked file's repaired text, its safe suggestions applied, beside its reports
 * @param inject       instead of running the job, write a gold-labelled corpus with artefacts injected
 * @param history      backups of the history and what a run does when it is damaged
 */
@ConfigurationProperties("mtqa")
public record MtqaProperties(
        @DefaultValue("seeds") Path input,
        @DefaultValue("**/*.txt") String include,
        @DefaultValue("reports") Path reports,
        @DefaultValue("de-DE") String language,
        @DefaultValue("0") int threads,
        @DefaultValue Verdicts verdict,
        @DefaultValue Gate gate,
        @DefaultValue LanguageToolSettings languagetool,
        @DefaultValue Evaluation evaluation,
        Path allowList,
        @DefaultValue("false") boolean full,
        @DefaultValue("30s") Duration progressInterval,
        @DefaultValue("windows-1252") String fallbackEncoding,
        @DefaultValue("false") boolean writeFixed,
        @DefaultValue Inject inject,
        @DefaultValue History history) {

    /** @param failOn files with this verdict or a worse one make the run exit with code 2 */
    public record Gate(@DefaultValue("REJECT") Verdict failOn) {
    }

    /**
     * @param disabledRules LanguageTool rule ids switched off
     * @param chunkChars    texts longer than this are checked in pieces cut at paragraph or line ends
     * @param cachedSentences sentences remembered with LanguageTool's matches, shared by the threads, so that a sentence
     *                      repeated across files is checked once; 0, the default, for none: on text without repeats
     *                      the cache cost 10% (storing every sentence's matches, and the heap it takes)
     * @param hintRules     LanguageTool rule ids whose matches are reported as INFO hints, not errors: by default the
     *                      rules of which at most a third of the matches were real errors in a judged sample of 509
     *                      matches on 1,028 edited Austrian news articles (10kGNAD); see the README, "Properties"
     */
    public record LanguageToolSettings(
            @DefaultValue("DE_DATE_WEEKDAY_CURRENTYEAR") List<String> disabledRules,
            @DefaultValue("20000") int chunkChars,
            @DefaultValue("0") int cachedSentences,
            @DefaultValue({"DE_CASE", "UPPERCASE_SENTENCE_START", "FEHLERHAFTES_KOMMA_ALLG",
                    "COMMA_IN_FRONT_RELATIVE_CLAUSE", "KOMMA_ZWISCHEN_HAUPT_UND_NEBENSATZ", "SUBJUNKTION_KOMMA",
                    "SUBJUNKTION_KOMMA_2", "COMPOUND_INFINITIV_RULE", "ACHTMALVIER", "FRAGEZEICHEN_STATT_PUNKT",
                    "WEISS_SPELLING_RULE", "IN_UKRAINE", "ALLE", "AUFFORDERUNG_SIE",
                    "DE_WORD_COHERENCY", "DOPPELTES_AUSRUFEZEICHEN"}) List<String> hintRules) {
    }

    /**
     * @param enabled print the evaluation after the run
     * @param gold    gold TSV of known artefacts in the input folder (optional); without it only alarm rates are shown
     */
    public record Evaluation(@DefaultValue("false") boolean enabled, Path gold) {
    }

    /**
     * The injection command: copies of {@code files} articles of {@code from} with artefacts injected, {@code controls}
     * further articles untouched, and the gold TSV of the artefacts, all written to {@code to}; the job does not run.
     *
     * @param from     folder of clean articles
     * @param to       folder the corpus is written to; setting it asks for the injection
     * @param files    articles that get artefacts
     * @param controls articles copied untouched, the files without gold rows
     * @param seed     seed of every random choice: the same seed and folder give the same corpus
     */
    public record Inject(Path from, Path to, @DefaultValue("200") int files, @DefaultValue("50") int controls,
            @DefaultValue("1") long seed) {

        public boolean requested() {
            return to != null;
        }
    }

    /**
     * @param backups verified backups of an H2 history kept in {@code backup/} beside it, one made after each completed
     *                run, the oldest deleted; 0 for none. Other databases are the operator's to back up
     * @param recover what a run does when the H2 history is damaged: NONE stops with exit code 1 and says what to do,
     *                RESTORE restores the newest backup that reads, NEW starts a new history; the damaged file is kept
     */
    public record History(@DefaultValue("3") int backups, @DefaultValue("none") HistoryRecovery.Recover recover) {

        public History {
            if (backups < 0) {
                throw new IllegalArgumentException("mtqa.history.backups must be 0 or more, not " + backups);
            }
        }
    }

    public MtqaProperties {
        // an unknown encoding name fails the start, not every file of the run
        if (fallbackEncoding != null && !fallbackEncoding.isBlank() && !Charset.isSupported(fallbackEncoding.strip())) {
            throw new IllegalArgumentException("mtqa.fallback-encoding: unknown encoding '" + fallbackEncoding + "'");
        }
    }

    /** The input folder as the history records it. */
    public String inputFolder() {
        return input.toAbsolutePath().normalize().toString();
    }

    /** The fallback encoding, or null when files that are not valid UTF-8 are to fail. */
    public Charset fallbackCharset() {
        boolean strict = fallbackEncoding == null || fallbackEncoding.isBlank();
        return strict ? null : Charset.forName(fallbackEncoding.strip());
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
