package org.mtqa.artefact;

import java.util.List;

import org.mtqa.check.AllowList;
import org.mtqa.check.GermanLexicon;
import org.mtqa.check.GermanVariants;
import org.mtqa.check.LanguageToolPool;

/** One LanguageTool and lexicon for all unit tests: loading LanguageTool's dictionaries takes seconds. */
public final class TestLexicon {

    public static final LanguageToolPool LANGUAGE_TOOL = new LanguageToolPool(
            GermanVariants.forCode("de-DE"), List.of());

    public static final GermanLexicon GERMAN = new GermanLexicon(LANGUAGE_TOOL, AllowList.EMPTY);

    private TestLexicon() {
    }
}
