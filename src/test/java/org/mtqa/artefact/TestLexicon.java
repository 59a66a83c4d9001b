package org.mtqa.artefact;

import java.util.List;
import java.util.Set;

import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.GermanVariants;
import org.mtqa.languagetool.LanguageToolPool;

/**
 * One LanguageTool, lexicon and language identifier for all unit tests: loading LanguageTool's dictionaries takes
 * seconds.
 */
public final class TestLexicon {

    public static final LanguageToolPool LANGUAGE_TOOL = new LanguageToolPool(
            GermanVariants.forCode("de-DE"), List.of());

    public static final GermanLexicon GERMAN = new GermanLexicon(LANGUAGE_TOOL, Set.of());

    public static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    private TestLexicon() {
    }
}
