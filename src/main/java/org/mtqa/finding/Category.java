package org.mtqa.finding;

/**
 * What kind of problem a finding is, with everything mtqa decides by kind in one place. The first six come from
 * LanguageTool's own categories; the rest are machine-translation and scraping artefacts found by mtqa's detectors.
 */
public enum Category {
    SPELLING(Kind.LANGUAGE, Severity.MINOR, Repair.NONE),
    GRAMMAR(Kind.LANGUAGE, Severity.MINOR, Repair.NONE),
    PUNCTUATION(Kind.LANGUAGE, Severity.MINOR, Repair.NONE),
    TYPOGRAPHY(Kind.LANGUAGE, Severity.INFO, Repair.NONE),
    STYLE(Kind.LANGUAGE, Severity.INFO, Repair.NONE),
    OTHER(Kind.LANGUAGE, Severity.MINOR, Repair.NONE),
    FUSED_WORD(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.REPLACE),
    SPLIT_WORD(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.REPLACE),
    STRAY_CHARACTER(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.REPLACE),
    MISSING_SPACE(Kind.ARTEFACT_IN_PROSE, Severity.MINOR, Repair.NONE),
    QUOTATION(Kind.ARTEFACT_IN_PROSE, Severity.MINOR, Repair.REPLACE),
    MARKUP_DEBRIS(Kind.NOT_PROSE, Severity.MAJOR, Repair.DELETE),
    BOILERPLATE(Kind.NOT_PROSE, Severity.MAJOR, Repair.DELETE),
    UNTRANSLATED(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.NONE),
    LOCALE_FORMAT(Kind.ARTEFACT_IN_PROSE, Severity.MINOR, Repair.NONE),
    DUPLICATE_TEXT(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.NONE),
    NOISE_TOKEN(Kind.NOT_PROSE, Severity.MINOR, Repair.DELETE),
    /** A lost full stop slows the reader but changes no meaning: MQM rates such punctuation errors minor. */
    SENTENCE_BOUNDARY(Kind.ARTEFACT_IN_PROSE, Severity.MINOR, Repair.NONE),
    ENCODING(Kind.ARTEFACT_IN_PROSE, Severity.MAJOR, Repair.REPLACE),
    INVISIBLE_CHARACTER(Kind.ARTEFACT_IN_PROSE, Severity.MINOR, Repair.REPLACE),
    TRANSLATOR_NOTE(Kind.NOT_PROSE, Severity.MAJOR, Repair.DELETE);

    /** Where a category's findings stand in the text. */
    private enum Kind {
        /** LanguageTool's errors in the article's own prose. */
        LANGUAGE,
        /** An artefact inside the prose: LanguageTool still reads the text around and under it. */
        ARTEFACT_IN_PROSE,
        /** An artefact that is not the article's prose at all: LanguageTool is spared it, the repair deletes it. */
        NOT_PROSE
    }

    /** What the repaired text does with a finding's first suggestion. */
    public enum Repair {
        /** Nothing: the fix needs a reader's judgement. */
        NONE,
        /** The first suggestion replaces the span. */
        REPLACE,
        /** The suggestion "" deletes the span. */
        DELETE
    }

    private final Kind kind;
    private final Severity severity;
    private final Repair repair;

    Category(Kind kind, Severity severity, Repair repair) {
        this.kind = kind;
        this.severity = severity;
        this.repair = repair;
    }

    /** True for the categories of mtqa's own detectors, which are more specific than LanguageTool's. */
    public boolean isArtefact() {
        return kind != Kind.LANGUAGE;
    }

    /** False for text that is no part of the article's prose (markup, boilerplate, machine tokens). */
    public boolean isProse() {
        return kind != Kind.NOT_PROSE;
    }

    /**
     * The usual severity of a finding of this kind, on MQM's scale: LanguageTool's matches get it as they are; a
     * detector may rate a finding otherwise on its own evidence.
     */
    public Severity severity() {
        return severity;
    }

    public Repair repair() {
        return repair;
    }
}
