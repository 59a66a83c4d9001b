package org.mtqa.artefact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.languagetool.GermanLexicon;

/**
 * A line that opens with a short label of page furniture left in the source language and a colon, before the teaser
 * it introduces: "Olvasd el ezt is: Inflation sinkt", "Lee también: …". The label is the source language's
 * ({@link UntranslatedDetector}); a headline after it is a link to another article ({@link BoilerplateDetector}).
 */
final class ForeignLabel {

    /** One to four words, then a colon and text: a label, not a sentence. */
    private static final Pattern LABEL = Pattern.compile("(\\p{L}+(?:[ \\u00A0]\\p{L}+){0,3})[ \\u00A0]?:[ \\u00A0]+(?=\\S)");

    /** One to four words of a script other than Latin at the line's start, before Latin text. */
    private static final Pattern OTHER_SCRIPT_LABEL =
            Pattern.compile("([\\p{L}\\p{M}&&[^\\p{IsLatin}]]+(?:[ \\u00A0][\\p{L}\\p{M}&&[^\\p{IsLatin}]]+){0,3})[:：]?[ \\u00A0]*"
                    + "(?=\\p{IsLatin})");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}]+");
    /** A section label in capitals before a colon or bar and the headline: "ENTREVISTA | …", "REPORTAJE: …". */
    private static final Pattern CAPITALS_LABEL = Pattern.compile("([\\p{Lu}&&\\p{IsLatin}]{6,})[ \\u00A0]?([:|])[ \\u00A0]+(?=\\S)");

    private ForeignLabel() {
    }

    /** The label's length with its colon, from the line's start, and the source language Lingua gives it. */
    record Label(int length, String language) {
    }

    /**
     * The label with its colon at the start of {@code line}, empty when there is none: half its words or
     * more unknown to German ("Lee" is a German word too), one of those lowercase, no capital after the first word (a
     * name: "Lech Wałęsa:", "Virgil van Dijk:"), and Lingua gives it to a source language, or German knows none of
     * its words and Lingua does not put German first (a language beyond Lingua's set).
     */
    static Optional<Label> of(String line, GermanLexicon lexicon, LanguageIdentifier languages) {
        Matcher capitals = CAPITALS_LABEL.matcher(line);
        if (capitals.lookingAt()) {
            // German knows the word in no spelling ("INTERVIEW" it does); English labels German sites use too
            String word = capitals.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            String capitalised = word.charAt(0) + lower.substring(1);
            Optional<String> language = lexicon.isKnown(word) || lexicon.isKnown(lower) || lexicon.isKnown(capitalised)
                    ? Optional.empty() : languages.sourceLanguageNotEnglish(capitalised);
            if (language.isPresent()) {
                return Optional.of(new Label(capitals.end(2), language.get()));
            }
        }
        Matcher m = LABEL.matcher(line);
        if (!m.lookingAt()) {
            // a label in another script needs no colon: its script sets it off ("อ่านเพิ่มเติม Mehr Reisetipps: …")
            Matcher script = OTHER_SCRIPT_LABEL.matcher(line);
            return script.lookingAt() ? Optional.of(new Label(script.end(1), languages.sourceLanguage(script.group(1))
                    .orElse(UntranslatedDetector.scriptName(script.group(1))))) : Optional.empty();
        }
        String[] words = m.group(1).split("[ \\u00A0]");
        // the speller passes words of other scripts: they are unknown to German all the same
        long unknown = Arrays.stream(words).filter(w -> !lexicon.isKnown(w) || !LATIN.matcher(w).matches()).count();
        // a name has capitals after its first word, around any particle: "Virgil van Dijk", "Luis de la Fuente"
        boolean name = Arrays.stream(words).skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        if (name || 2 * unknown < words.length || Arrays.stream(words).noneMatch(w -> Character.isLowerCase(w.charAt(0))
                && (!lexicon.isKnown(w) || !LATIN.matcher(w).matches()))) {
            return Optional.empty();
        }
        int length = m.end(1) + line.substring(m.end(1)).indexOf(':') + 1;
        // German knows none of the label's words: a language beyond Lingua's set ("Gehiago irakurri:") counts as
        // well, unless Lingua puts German first (on two words its trigrams often rate German close behind)
        return languages.sourceLanguage(m.group(1)).or(() -> unknown == words.length
                && !languages.isGermanMostLikely(m.group(1)) ? Optional.of("source-language") : Optional.empty())
                .map(language -> new Label(length, language));
    }
}
