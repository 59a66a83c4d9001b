package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.springframework.stereotype.Component;

/**
 * A count and the noun right after it that machine translation leaves in the wrong number or case, which LanguageTool
 * 6.8 lets pass, as its agreement rules stop at a figure: a feminine noun in the singular after a number above one
 * ("mehr als 70 Veranstaltung"), and a plural without its dative ending after a preposition that governs only the
 * dative ("seit mehr als zwanzig Jahre", "mit 5 Kinder"). Feminine nouns are the safe half: masculine and neuter
 * measures stand in the singular after numbers ("5 Glas", "10 Mann", "3 Paar").
 *
 * <p>A number after a noun is a label, not a count ("Linie 5 Richtung Zentrum", "Artikel 3 Absatz 2"); a year, a score,
 * a time or an ordinal ("2024", "2:1", "3.") counts nothing either.
 */
@Component
public class NumberAgreementDetector implements ArtefactDetector {

    /** A word, hyphenated compounds whole ("EU-Staaten"), or a figure with its thousands and decimal separators. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}\\d]+)*|\\d+(?:[.,]\\d+)*");
    /** Four digits alone read as a year: "seit 2019 Mitglied". */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * Feminine measures German uses in the singular after a number ("20 Uhr", "5 Mark", "100 Lira"): a closed class of
     * units and currencies, which no tag marks.
     */
    private static final Set<String> SINGULAR_MEASURES = Set.of("Uhr", "Mark", "Lira", "Kuna", "Rupiah", "Lempira");
    /** Quantity words between a preposition and its number: "seit mehr als zwanzig", "mit bis zu 5", "mit rund 70". */
    private static final int MAX_QUANTITY_WORDS = 3;

    private final GermanLexicon lexicon;

    public NumberAgreementDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Category category() {
        return Category.GRAMMAR;
    }

    @Override
    public String description() {
        return "A number above one before a feminine noun in the singular (\"70 Veranstaltung\"), or a plural without its"
                + " dative ending after a dative preposition and a number (\"seit zwanzig Jahre\").";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Bis August stehen mehr als 70 Veranstaltung auf dem Programm.",
                        "70 Veranstaltung", "Bis August stehen mehr als 70 Veranstaltungen auf dem Programm."),
                DetectorExample.wrong("Sie arbeiten seit mehr als zwanzig Jahre im Werk.", "zwanzig Jahre",
                        "Sie arbeiten seit mehr als zwanzig Jahren im Werk."),
                DetectorExample.wrong("Die Familie kam mit 5 Kinder nach Wien.", "5 Kinder",
                        "Die Familie kam mit 5 Kindern nach Wien."),
                DetectorExample.wrong("Drei Frau wurden verletzt.", "Drei Frau", "Drei Frauen wurden verletzt."),
                DetectorExample.right("Die Linie 5 Richtung Zentrum fährt um 20 Uhr zum letzten Mal."),
                DetectorExample.right("Seit 2019 Leiterin der Abteilung, kennt sie jede Station."),
                DetectorExample.right("Nach dem 2:1 Führung zu spielen, war schwer; 1 Person blieb."),
                DetectorExample.right("Sie arbeiten seit mehr als zwanzig Jahren im Werk, mit 5 Euro pro Stunde."),
                DetectorExample.right("Am 3. Juni kamen 40 Millionen Besucher und zwei Frauen."),
                DetectorExample.right("Zuvor waren 5.000 Schutzsuchende in den 28 EU-Staaten, mit 200 Zentimeter Breite."),
                DetectorExample.right("Die Einigung kam erst nach Mitternacht. Fünf Jahre später war alles anders."),
                DetectorExample.right("Mit 16 Kinder zu bekommen, war üblich; Windows 11 Version 24H2, 0 Toleranz."),
                DetectorExample.right("Das Gericht verurteilte ihn zu vier Jahrenhaft."),
                DetectorExample.right("Gezeigt werden 130 Filme, darunter 38 Welt- und Europapremieren."));
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token count = tokens.get(i);
            Token noun = tokens.get(i + 1);
            // "ABENTEUERWildnis": capitals after the first letter make no plain noun; a word the speller lacks is a
            // fused one more likely ("vier Jahrenhaft")
            // a hyphen after the noun leaves it the first part of a compound: "38 Welt- und Europapremieren"
            boolean truncated = noun.end() < text.length() && text.charAt(noun.end()) == '-';
            if (!isCount(text, tokens, i) || !lexicon.isKnown(noun.value()) || truncated || !text.substring(count.end(), noun.start()).equals(" ")
                    || !Character.isUpperCase(noun.value().charAt(0)) || !noun.value().substring(1).equals(
                            noun.value().substring(1).toLowerCase(Locale.GERMAN))) {
                continue;
            }
            if (isFeminineSingularOnly(noun.value())) {
                findings.add(finding(count.start(), noun.end(), "A number above one before the singular '"
                        + noun.value() + "': the noun is probably meant in the plural", List.of()));
            } else if (afterDativePreposition(text, tokens, i) && isPluralWithoutDative(noun.value())
                    && !(i + 2 < tokens.size() && tokens.get(i + 2).value().equals("zu"))) {
                findings.add(finding(count.start(), noun.end(), "After a dative preposition the plural '"
                        + noun.value() + "' needs its dative form", List.of()));
            }
        }
        return findings;
    }

    private record Token(String value, int start, int end) {
    }

    /**
     * A figure other than 0 and 1 or a number word, counting: not an ordinal, score, time or year, and not a label
     * after a noun or name. An age before an infinitive clause ("Mit 16 Kinder zu bekommen") is left alone by the
     * caller.
     */
    private boolean isCount(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String value = token.value();
        boolean figure = Character.isDigit(value.charAt(0));
        if (figure) {
            char after = token.end() < text.length() ? text.charAt(token.end()) : ' ';
            char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
            if (value.equals("1") || value.equals("0") || YEAR.matcher(value).matches() || ".:/-–".indexOf(after) >= 0
                    || ":/-#".indexOf(before) >= 0) {
                return false;
            }
        } else if (!lexicon.hasTag(value, "ZAL") || value.toLowerCase(Locale.GERMAN).startsWith("ein")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        // "Linie 5 Richtung …", "Artikel 3 Absatz 2", "Windows 11 Version": a number after a noun or name names it
        String before = tokens.get(i - 1).value();
        boolean adjacent = text.substring(tokens.get(i - 1).end(), token.start()).isBlank();
        return !(adjacent && Character.isUpperCase(before.charAt(0)) && !lexicon.hasTag(before, "PRP")
                && !lexicon.hasTag(before, "ADV"));
    }

    /**
     * A feminine noun with no plural reading of this form: "Veranstaltung", "Person"; not "Uhr" after a time, nor a
     * noun made from an adjective, whose strong plural the tagger lacks ("5.000 Schutzsuchende").
     */
    private boolean isFeminineSingularOnly(String noun) {
        List<String> tags = nounTags(noun);
        if (tags.stream().anyMatch(t -> t.endsWith(":ADJ"))) {
            return false;
        }
        return !tags.isEmpty() && !SINGULAR_MEASURES.contains(noun) && tags.stream().allMatch(t -> t.contains(":SIN:"))
                && tags.stream().anyMatch(t -> t.contains(":FEM"))
                && lexicon.readings(noun).stream().map(AnalyzedToken::getPOSTag)
                        .allMatch(t -> t != null && t.startsWith("SUB"));
    }

    /**
     * A noun form that is only a plural without the dative ending: "Jahre" (its singular reading is the old dative),
     * "Kinder"; not a form that is a singular too, as measures stand uninflected ("mit 200 Zentimeter", "von vier
     * Teilnehmer" is left to the reader).
     */
    private boolean isPluralWithoutDative(String noun) {
        List<String> tags = nounTags(noun);
        return tags.stream().anyMatch(t -> t.contains(":PLU")) && tags.stream().noneMatch(t -> t.startsWith("SUB:DAT:PLU"))
                && tags.stream().noneMatch(t -> t.contains(":SIN") && !t.startsWith("SUB:DAT:SIN"))
                && lexicon.readings(noun).stream().map(AnalyzedToken::getPOSTag)
                        .allMatch(t -> t != null && t.startsWith("SUB"));
    }

    private List<String> nounTags(String noun) {
        return lexicon.readings(noun).stream().map(AnalyzedToken::getPOSTag)
                .filter(t -> t != null && t.startsWith("SUB") && !t.contains(":EIG")).toList();
    }

    /**
     * A preposition that governs the dative alone ("seit", "mit", "aus") before the number, perhaps with quantity words
     * between ("mehr als", "rund", "bis zu").
     */
    private boolean afterDativePreposition(String text, List<Token> tokens, int count) {
        for (int k = count - 1; k >= 0 && k >= count - 1 - MAX_QUANTITY_WORDS; k--) {
            String word = tokens.get(k).value();
            if (!text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).isBlank()) {
                return false;
            }
            // "als" and "bis zu" are prepositions too, but here they belong to the quantity
            if (lexicon.hasTag(word, "KON:VGL") || word.equals("zu") || word.equals("bis")) {
                continue;
            }
            List<String> prepositions = lexicon.readings(word).stream().map(AnalyzedToken::getPOSTag)
                    .filter(t -> t != null && t.startsWith("PRP")).toList();
            if (!prepositions.isEmpty()) {
                return prepositions.stream().allMatch(t -> t.endsWith(":DAT"));
            }
            if (!lexicon.hasTag(word, "ADV")) {
                return false;
            }
        }
        return false;
    }
}
