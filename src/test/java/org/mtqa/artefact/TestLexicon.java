package org.mtqa.artefact;

import org.languagetool.Languages;
import org.mtqa.check.AllowList;
import org.mtqa.check.GermanLexicon;

/** One lexicon for all detector tests: loading LanguageTool's dictionaries takes seconds. */
public final class TestLexicon {

    public static final GermanLexicon GERMAN = new GermanLexicon(Languages.getLanguageForShortCode("de-DE"),
            AllowList.EMPTY);

    private TestLexicon() {
    }
}
