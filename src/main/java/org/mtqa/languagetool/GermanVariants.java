package org.mtqa.languagetool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.languagetool.GlobalConfig;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.AustrianGerman;
import org.languagetool.language.German;
import org.languagetool.language.GermanyGerman;
import org.languagetool.language.SwissGerman;
import org.languagetool.languagemodel.LanguageModel;
import org.languagetool.rules.Rule;
import org.languagetool.rules.SuggestedReplacement;
import org.languagetool.rules.de.AustrianGermanSpellerRule;
import org.languagetool.rules.de.GermanSpellerRule;
import org.languagetool.rules.de.SwissGermanSpellerRule;

/**
 * LanguageTool's three German variants with one change: the speller searches suggestions only for words
 * {@link SuggestionGate#needsSuggestions} lets through; the others are mostly names, which the triage reports without
 * suggestions. On 100 10kGNAD articles this left 388 of 1,012 searches and took one thread from 115 s to 104 s (README,
 * "Where the time goes"). Rules, dictionaries and matches stay LanguageTool's own.
 *
 * <p>Each variant has a speller class of its own, so each gated speller subclasses its variant's speller and only
 * forwards the LanguageTool methods it overrides to one shared gate. {@code GermanVariantsTest} fails if LanguageTool
 * changes those methods or suggests for a gated word anyway.
 */
public final class GermanVariants {

    /** The suggestion search of LanguageTool's speller, ungated, for the detectors' own questions. */
    public interface SuggestionSearch {
        List<String> suggestionsForAnyWord(String word) throws IOException;
    }

    private GermanVariants() {
    }

    /** The variant for de-DE, de-AT or de-CH. */
    public static Language forCode(String code) {
        return switch (code) {
            case "de-DE" -> new Germany();
            case "de-AT" -> new Austria();
            case "de-CH" -> new Switzerland();
            default -> throw new IllegalArgumentException("not a German variant mtqa knows: '" + code + "'");
        };
    }

    /** The variant's rules with its speller swapped for the gated one. */
    private static List<Rule> withGatedSpeller(List<Rule> rules, Supplier<GermanSpellerRule> gatedSpeller) {
        List<Rule> swapped = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            swapped.add(rule instanceof GermanSpellerRule ? gatedSpeller.get() : rule);
        }
        return swapped;
    }

    /**
     * The gate, once for the three spellers: the speller's own search when {@link SuggestionGate#needsSuggestions},
     * else an empty list LanguageTool may add to, as it does with the lists the search returns.
     */
    private static <T> List<T> gated(String word, Search<T> search) throws IOException {
        return SuggestionGate.needsSuggestions(word) ? search.forWord(word) : new ArrayList<>();
    }

    /** A search of LanguageTool's speller for one word, passed by a gated speller as its superclass's method. */
    @FunctionalInterface
    private interface Search<T> {
        List<T> forWord(String word) throws IOException;
    }

    static final class Germany extends GermanyGerman {
        @Override
        public List<Rule> getRelevantLanguageModelCapableRules(ResourceBundle messages, LanguageModel languageModel,
                GlobalConfig globalConfig, UserConfig userConfig, Language motherTongue, List<Language> altLanguages)
                throws IOException {
            return withGatedSpeller(super.getRelevantLanguageModelCapableRules(messages, languageModel, globalConfig,
                    userConfig, motherTongue, altLanguages),
                    () -> new GermanySpeller(messages, this, userConfig, altLanguages, languageModel));
        }
    }

    static final class Austria extends AustrianGerman {
        @Override
        public List<Rule> getRelevantLanguageModelCapableRules(ResourceBundle messages, LanguageModel languageModel,
                GlobalConfig globalConfig, UserConfig userConfig, Language motherTongue, List<Language> altLanguages)
                throws IOException {
            return withGatedSpeller(super.getRelevantLanguageModelCapableRules(messages, languageModel, globalConfig,
                    userConfig, motherTongue, altLanguages),
                    () -> new AustriaSpeller(messages, this, userConfig, languageModel));
        }
    }

    static final class Switzerland extends SwissGerman {
        @Override
        public List<Rule> getRelevantLanguageModelCapableRules(ResourceBundle messages, LanguageModel languageModel,
                GlobalConfig globalConfig, UserConfig userConfig, Language motherTongue, List<Language> altLanguages)
                throws IOException {
            return withGatedSpeller(super.getRelevantLanguageModelCapableRules(messages, languageModel, globalConfig,
                    userConfig, motherTongue, altLanguages),
                    () -> new SwitzerlandSpeller(messages, this, userConfig, languageModel));
        }
    }

    static final class GermanySpeller extends GermanSpellerRule implements SuggestionSearch {
        GermanySpeller(ResourceBundle messages, German language, UserConfig userConfig, List<Language> altLanguages,
                LanguageModel languageModel) {
            super(messages, language, userConfig, null, altLanguages, languageModel);
        }

        @Override
        public List<String> getSuggestions(String word) throws IOException {
            return gated(word, super::getSuggestions);
        }

        @Override
        protected List<SuggestedReplacement> getAdditionalTopSuggestions(List<SuggestedReplacement> suggestions,
                String word) throws IOException {
            return gated(word, w -> super.getAdditionalTopSuggestions(suggestions, w));
        }

        @Override
        public List<String> suggestionsForAnyWord(String word) throws IOException {
            return super.getSuggestions(word);
        }
    }

    static final class AustriaSpeller extends AustrianGermanSpellerRule implements SuggestionSearch {
        AustriaSpeller(ResourceBundle messages, German language, UserConfig userConfig, LanguageModel languageModel) {
            super(messages, language, userConfig, languageModel);
        }

        @Override
        public List<String> getSuggestions(String word) throws IOException {
            return gated(word, super::getSuggestions);
        }

        @Override
        protected List<SuggestedReplacement> getAdditionalTopSuggestions(List<SuggestedReplacement> suggestions,
                String word) throws IOException {
            return gated(word, w -> super.getAdditionalTopSuggestions(suggestions, w));
        }

        @Override
        public List<String> suggestionsForAnyWord(String word) throws IOException {
            return super.getSuggestions(word);
        }
    }

    static final class SwitzerlandSpeller extends SwissGermanSpellerRule implements SuggestionSearch {
        SwitzerlandSpeller(ResourceBundle messages, German language, UserConfig userConfig,
                LanguageModel languageModel) {
            super(messages, language, userConfig, languageModel);
        }

        @Override
        public List<String> getSuggestions(String word) throws IOException {
            return gated(word, super::getSuggestions);
        }

        @Override
        protected List<SuggestedReplacement> getAdditionalTopSuggestions(List<SuggestedReplacement> suggestions,
                String word) throws IOException {
            return gated(word, w -> super.getAdditionalTopSuggestions(suggestions, w));
        }

        @Override
        public List<String> suggestionsForAnyWord(String word) throws IOException {
            return super.getSuggestions(word);
        }
    }
}
