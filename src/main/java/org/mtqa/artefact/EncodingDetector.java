package org.mtqa.artefact;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Mojibake: UTF-8 text that was read as a single-byte encoding somewhere on its way ("fÃ¼r", "â€ž", "SchlĂźssel",
 * "Gr√∂√üe", "BГјhne", "Gesch├ñft", "Kapazitأ¤t", "脰konomen").
 * Each character of a misread single-byte encoding stands for one byte, so encoding a word back into that encoding
 * gives its original UTF-8 bytes, and a valid multi-byte UTF-8 sequence among them is the evidence. Only sequences that
 * decode to characters such text really has count (Latin letters with accents, Cyrillic and Greek letters, typographic
 * quotes, dashes, the euro sign): a German "ß“" is also a valid UTF-8 sequence, but of an N'Ko letter. The repair is
 * exact, so it is suggested.
 * <p>
 * Also letters lost on the way: the replacement character U+FFFD that a decoder puts for bytes it cannot read
 * ("Bj�rn"), or a question mark inside a word ("f?r", "Gr??e"), where a program wrote one for a character its
 * encoding lacked. Those cannot be repaired exactly; German letters that make the word one the dictionary knows are
 * suggested.
 */
@Component
public class EncodingDetector implements ArtefactDetector {

    /**
     * What UTF-8 is misread as: Windows' Western default, ISO Latin-1 and Latin-2, Windows Central European, the old
     * Mac default, the DOS code pages of consoles, and the Cyrillic code pages. The order breaks ties.
     */
    private static final List<SingleByteEncoding> MISREAD_AS = Stream.of("windows-1252", "ISO-8859-1",
            "ISO-8859-2", "windows-1250", "x-MacRoman", "IBM850", "IBM437", "windows-1251", "KOI8-R", "ISO-8859-15",
            "windows-1254", "windows-1257", "IBM852", "IBM866", "windows-1253", "windows-1255", "windows-1256")
            .map(SingleByteEncoding::new).toList();
    /**
     * Code pages of other scripts (Cyrillic, Greek, Hebrew, Arabic) turn UTF-8 into letters that text in those
     * languages has of its own; their mojibake counts inside a word that also has Latin letters ("BГјhne",
     * "Kapazitأ¤t"), or in a word that is mojibake through and through ("Р‘РђРќ").
     */
    private static final Set<String> OTHER_SCRIPT_ENCODINGS = Set.of("windows-1251", "KOI8-R", "IBM866",
            "windows-1253", "windows-1255", "windows-1256");
    /**
     * The double-byte code pages of East Asia, where one character stands for two bytes of UTF-8 ("脰konomen" is
     * "Ökonomen" read as GBK): Chinese (GBK, Big5), Japanese and Korean.
     */
    private static final List<Charset> DOUBLE_BYTE = Stream.of("GBK", "Big5", "Shift_JIS", "EUC-KR")
            .map(Charset::forName).toList();
    /** A character lost in decoding: the replacement character, or a question mark between letters. */
    private static final Pattern LOST = Pattern.compile("\uFFFD+|(?<=\\p{L})\\?{1,2}(?=\\p{Ll})");
    /** The letters a German word most often loses, tried in place of a lost one for the suggestion. */
    private static final String GERMAN_LETTERS = "äöüßÄÖÜéèáàñç";
    /** Words with more lost stretches than this get no guesses: the candidates grow as 182 to this power. */
    private static final int MAX_GUESSED_GAPS = 2;

    private final GermanLexicon lexicon;

    public EncodingDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }
    /** Mojibake of mojibake (a text misread twice) is repaired in as many rounds. */
    private static final int MAX_ROUNDS = 3;
    private static final int MIN_EAST_ASIAN_MOJIBAKE = 4;

    @Override
    public Category category() {
        return Category.ENCODING;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (Span token : Spans.runs(text, i -> !Character.isWhitespace(text.charAt(i)))) {
            if (token.value().chars().anyMatch(c -> c >= 0x80)) {
                findInToken(text, token.start(), token.end(), findings);
            }
            if (findings.isEmpty() || findings.get(findings.size() - 1).end() <= token.start()) {
                findLostLetters(token, findings);
            }
        }
        return findings;
    }

    /** Lost letters in a token that is no address ("index.php?id=3"): the word around them, with guesses. */
    private void findLostLetters(Span token, List<Finding> findings) {
        Matcher lost = LOST.matcher(token.value());
        if (!lost.find() || token.value().contains("/") || token.value().contains("=")) {
            return;
        }
        Span word = Spans.widenToWord(token.value(), lost.start(), lost.end());
        String wrong = word.value();
        findings.add(finding(token.start() + word.start(), token.start() + word.end(),
                "Letters lost in decoding: '" + wrong + "' has a character no encoding could show", guesses(wrong)));
    }

    /**
     * Words the dictionary knows with German letters in place of the lost ones: each lost character one letter, or a
     * run of them one letter (two bytes of one letter, each replaced).
     */
    private List<String> guesses(String wrong) {
        if (LOST.matcher(wrong).results().count() > MAX_GUESSED_GAPS) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>(List.of(""));
        Matcher lost = LOST.matcher(wrong);
        int at = 0;
        while (lost.find()) {
            String before = wrong.substring(at, lost.start());
            int length = lost.group().length();
            List<String> next = new ArrayList<>();
            for (String candidate : candidates) {
                for (char a : GERMAN_LETTERS.toCharArray()) {
                    next.add(candidate + before + a);
                    for (char b : length == 2 ? GERMAN_LETTERS.toCharArray() : new char[0]) {
                        next.add(candidate + before + a + b);
                    }
                }
            }
            candidates = next;
            at = lost.end();
        }
        String rest = wrong.substring(at);
        return candidates.stream().map(c -> c + rest).filter(lexicon::isKnown).distinct().toList();
    }

    /**
     * The token's mojibake, from its first repaired character to its last, widened to whole words; of the encodings,
     * the one that explains the most sequences.
     */
    private void findInToken(String text, int from, int to, List<Finding> findings) {
        String token = text.substring(from, to);
        SingleByteEncoding best = null;
        Repair bestRepair = null;
        boolean latin = token.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
        long nonAscii = token.chars().filter(c -> c >= 0x80).count();
        for (SingleByteEncoding encoding : MISREAD_AS) {
            Repair repair = repair(token, encoding);
            // in a word of another script alone, only mojibake through and through: "Р‘РђРќ" is "БАН" read as
            // windows-1251, while a Russian word has letters no UTF-8 sequence explains
            if (!latin && OTHER_SCRIPT_ENCODINGS.contains(encoding.name) && repair != null
                    && (repair.sequences() < 2 || repair.consumed() != nonAscii)) {
                continue;
            }
            // Hebrew and Arabic letters count only in a token that is mojibake through and through: a lone "Ø" and a
            // no-break space ("Ø 25 km/h") are the bytes of an Arabic letter too
            if (repair != null && hasHebrewOrArabic(repair.text())
                    && (repair.sequences() < 2 || repair.consumed() != nonAscii)) {
                continue;
            }
            if (repair != null && (bestRepair == null || repair.sequences() > bestRepair.sequences())) {
                best = encoding;
                bestRepair = repair;
            }
        }
        if (bestRepair == null) {
            findDoubleByte(token, from, findings, latin);
            return;
        }
        Span changed = Spans.widenToWord(token, bestRepair.firstChanged(), bestRepair.lastChanged());
        String wrong = changed.value();
        String right = repeatedRepair(wrong, best);
        findings.add(finding(from + changed.start(), from + changed.end(), "Mojibake: UTF-8 read as " + best.name
                + "; '" + wrong + "' should read '" + right + "'", List.of(right)));
    }

    /**
     * A word of Latin letters with East Asian characters in it that are UTF-8 bytes read as a double-byte code page:
     * encoded back into that code page, the word is valid UTF-8 and each character that changed is a plausible one.
     * Without Latin letters, East Asian text that is East Asian text again once repaired ("譁ｰ菴懈丐逕ｻ" is
     * "新作映画" read as Shift_JIS): at least {@value #MIN_EAST_ASIAN_MOJIBAKE} characters, as by chance a short
     * stretch of real text may be valid UTF-8 too.
     */
    private void findDoubleByte(String token, int from, List<Finding> findings, boolean latin) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < token.length(); i++) {
            if (isEastAsian(token.charAt(i))) {
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }
        if (first < 0) {
            return;
        }
        Span changed = Spans.widenToWord(token, first, last);
        String wrong = changed.value();
        // a sign of its own between brackets ("（笑）") is no word's letters misread
        boolean inLatinWord = wrong.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
        if (latin ? !inLatinWord : wrong.codePointCount(0, wrong.length()) < MIN_EAST_ASIAN_MOJIBAKE) {
            return;
        }
        for (Charset charset : DOUBLE_BYTE) {
            try {
                ByteBuffer bytes = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(wrong));
                String right = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(bytes).toString();
                boolean plausible = latin ? right.codePoints().allMatch(c -> c < 0x80 || isPlausible(c))
                        : right.codePoints().allMatch(c -> Character.isLetter(c) && isEastAsian((char) c));
                if (!right.equals(wrong) && plausible) {
                    findings.add(finding(from + changed.start(), from + changed.end(), "Mojibake: UTF-8 read as "
                            + charset.name() + "; '" + wrong + "' should read '" + right + "'", List.of(right)));
                    return;
                }
            } catch (CharacterCodingException e) {
                // not this code page
            }
        }
    }

    private static boolean hasHebrewOrArabic(String text) {
        return text.codePoints().anyMatch(EncodingDetector::isHebrewOrArabicLetter);
    }

    /** The letters of the Hebrew and the Arabic alphabet, without points and vowel signs. */
    private static boolean isHebrewOrArabicLetter(int codePoint) {
        return codePoint >= 0x5D0 && codePoint <= 0x5EA || codePoint >= 0x620 && codePoint <= 0x64A;
    }

    private static boolean isEastAsian(char c) {
        if (c >= '\uFF61' && c <= '\uFF9F') {
            // half-width katakana: what UTF-8 lead bytes become in Shift_JIS
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String repeatedRepair(String text, SingleByteEncoding charset) {
        String repaired = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Repair next = repair(repaired, charset);
            if (next == null) {
                break;
            }
            repaired = next.text();
        }
        return repaired;
    }

    /** A single-byte encoding as a table from each of its characters to its byte. */
    private static final class SingleByteEncoding {

        private final String name;
        private final Map<Character, Integer> bytes = new HashMap<>();

        SingleByteEncoding(String name) {
            this.name = name;
            Charset charset = Charset.forName(name);
            for (int b = 0x80; b <= 0xFF; b++) {
                char c = new String(new byte[] {(byte) b}, charset).charAt(0);
                // a byte the encoding leaves undefined passes through as the C1 control of that number, as the
                // WHATWG decoders of browsers do
                bytes.put(c == '\uFFFD' ? (char) b : c, b);
            }
        }

        /** The character's byte (0x80 to 0xFF), or -1 for ASCII and characters the encoding does not have. */
        int byteOf(char c) {
            return bytes.getOrDefault(c, -1);
        }
    }

    /**
     * The text with its misread UTF-8 sequences decoded; offsets of the first and last changed character; how many
     * sequences were decoded and how many characters they took up.
     */
    private record Repair(String text, int firstChanged, int lastChanged, int sequences, int consumed) {
    }

    /** Null when the text holds no misread UTF-8 sequence in this encoding. */
    private static Repair repair(String text, SingleByteEncoding encoding) {
        StringBuilder out = new StringBuilder(text.length());
        int first = -1;
        int last = -1;
        int sequences = 0;
        int consumed = 0;
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(encoding.byteOf(text.charAt(i)));
            String decoded = length > 1 && i + length <= text.length() ? decode(encoding, text, i, length) : null;
            if (decoded != null) {
                first = first < 0 ? i : first;
                last = i + length;
                sequences++;
                consumed += length;
                out.append(decoded);
                i += length;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return first < 0 ? null : new Repair(out.toString(), first, last, sequences, consumed);
    }

    /** How many bytes a UTF-8 sequence starting with this lead byte has; 0 for anything else. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** The character the bytes of {@code text[at, at + length)} encode in UTF-8, if it is a plausible one. */
    private static String decode(SingleByteEncoding encoding, String text, int at, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            int b = encoding.byteOf(text.charAt(at + k));
            if (b < 0 || (k > 0 && (b & 0xC0) != 0x80)) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return isPlausible(decoded.codePointAt(0)) ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Characters that misread news text really contains: Latin-1 and Latin Extended letters and signs (no C1
     * controls), Vietnamese letters (Latin Extended Additional), Greek, Cyrillic, Hebrew and Arabic (names in their own
     * script, "ØªÙ‡Ø±Ø§Ù†" is "تهران"), the schwa and open e of Azerbaijani and West African alphabets, the Indic
     * scripts and Thai, general punctuation (quotes, dashes, ellipsis) and the euro and trade mark signs.
     */
    private static boolean isPlausible(int codePoint) {
        // of the IPA letters only the schwa of Azerbaijani "ə" and the open e "ɛ": others are what common pairs become
        // ("É“" of „CAFÉ“ reads as "ɓ"); U+0900 to U+0E7F: the Indic scripts and Thai, whose UTF-8 bytes windows-1252
        // shows as "à¦", "à¸"
        return (codePoint >= 0xA0 && codePoint <= 0x24F) || codePoint == 0x259 || codePoint == 0x25B
                || (codePoint >= 0x370 && codePoint <= 0x4FF)
                || (codePoint >= 0x900 && codePoint <= 0xE7F)
                || isHebrewOrArabicLetter(codePoint)
                || (codePoint >= 0x1E00 && codePoint <= 0x1EFF)
                || (codePoint >= 0x2010 && codePoint <= 0x203A) || codePoint == 0x20AC || codePoint == 0x2122;
    }

    @Override
    public String description() {
        return "Mojibake: UTF-8 text read as a Windows, ISO, Mac, DOS, Cyrillic, Greek, Hebrew, Arabic or East Asian "
                + "code page, found by re-encoding it, "
                + "with the exact repair; and letters lost in decoding (U+FFFD, '?' inside a word).";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Das Wetteramt in à¦¢à¦¾à¦•à¦¾ hob die Warnstufe.", "à¦¢à¦¾à¦•à¦¾",
                        "Das Wetteramt in ঢাকা hob die Warnstufe."),
                DetectorExample.wrong("Das Fest beginnt in GÉ™ncÉ™ am Freitag.", "GÉ™ncÉ™",
                        "Das Fest beginnt in Gəncə am Freitag."),
                DetectorExample.wrong("Die Fabrik entsteht in der Provinz Báº¯c Ninh.", "Báº¯c",
                        "Die Fabrik entsteht in der Provinz Bắc Ninh."),
                DetectorExample.wrong("So steht es in einer Stellungnahme der Р‘РђРќ.", "Р‘РђРќ",
                        "So steht es in einer Stellungnahme der БАН."),
                DetectorExample.wrong("Die BrÃ¼cke bleibt bis Freitag gesperrt.", "BrÃ¼cke",
                        "Die Brücke bleibt bis Freitag gesperrt."),
                DetectorExample.wrong("Der Stadtrat sprach von einem â€žguten Tagâ€œ.", "â€žguten",
                        "Der Stadtrat sprach von einem „guten Tag“."),
                DetectorExample.wrong("Die GrĂśĂźe der Halle überraschte.", "GrĂśĂźe",
                        "Die Größe der Halle überraschte."),
                DetectorExample.wrong("脰konomen sehen das mit Sorge.", "脰konomen", "Ökonomen sehen das mit Sorge."),
                DetectorExample.wrong("Ihr 譁ｰ菴懈丐逕ｻ kommt im Mai.", "譁ｰ菴懈丐逕ｻ", "Ihr 新作映画 kommt im Mai."),
                DetectorExample.wrong("Das Ministerium in Ø¨ØºØ¯Ø§Ø¯ meldete es.", "Ø¨ØºØ¯Ø§Ø¯",
                        "Das Ministerium in بغداد meldete es."),
                DetectorExample.right("Sie lachte（笑） und erzählte weiter."),
                DetectorExample.right("Erlaubt sind Ø\u00A025 km/h und 3\u00A0×\u00A04 Meter."),
                DetectorExample.wrong("Die Kapazitأ¤t des Kraftwerks steigt.", "Kapazitأ¤t",
                        "Die Kapazität des Kraftwerks steigt."),
                DetectorExample.wrong("Der Vertrag gilt f\uFFFDr zwei Jahre.", "f\uFFFDr",
                        "Der Vertrag gilt für zwei Jahre."),
                DetectorExample.right("„Zu Fuß“, sagte Ãngel García, kostet es 15 € – ÄÖÜ und ß bleiben, "
                        + "auch Ελλάδα, Київ und Škoda, 東京, İstanbul, Łódź und Ålesund."));
    }
}
