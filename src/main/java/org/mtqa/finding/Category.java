package org.mtqa.finding;

/**
 * What kind of problem a finding is. The first six come from LanguageTool's own categories; the rest are
 * machine-translation and scraping artefacts found by mtqa's detectors.
 */
public enum Category {
    SPELLING(false),
    GRAMMAR(false),
    PUNCTUATION(false),
    TYPOGRAPHY(false),
    STYLE(false),
    OTHER(false),
    FUSED_WORD(true),
    SPLIT_WORD(true),
    STRAY_CHARACTER(true),
    MISSING_SPACE(true),
    QUOTATION(true),
    MARKUP_DEBRIS(true),
    BOILERPLATE(true),
    UNTRANSLATED(true),
    LOCALE_FORMAT(true),
    DUPLICATE_TEXT(true),
    NOISE_TOKEN(true),
    SENTENCE_BOUNDARY(true);

    private final boolean artefact;

    Category(boolean artefact) {
        this.artefact = artefact;
    }

    /** True for the categories of mtqa's own detectors, which are more specific than LanguageTool's. */
    public boolean isArtefact() {
        return artefact;
    }
}
