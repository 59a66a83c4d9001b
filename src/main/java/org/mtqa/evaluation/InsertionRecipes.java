package org.mtqa.evaluation;

import static org.mtqa.finding.Category.BOILERPLATE;
import static org.mtqa.finding.Category.MARKUP_DEBRIS;
import static org.mtqa.finding.Category.NOISE_TOKEN;
import static org.mtqa.finding.Category.TRANSLATOR_NOTE;
import static org.mtqa.finding.Category.UNTRANSLATED;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mtqa.text.Spans.Span;

/**
 * Recipes that add text that is no part of the article: markup, boilerplate, machine tokens, untranslated foreign
 * text and translator's chatter, each at a place of its kind (top, bottom, a line of its own, after a sentence, between
 * two words). Phrases and templates come from the {@link PhraseBank}; headlines for navigation lines come from other
 * articles.
 */
final class InsertionRecipes {

    /** Where an inserted piece stands. */
    enum Place { TOP, BOTTOM, OWN_LINE, AFTER_SENTENCE, INLINE }

    private static final List<String> BOILERPLATE_KINDS = List.of("navigation", "share", "newsletter", "cookie",
            "comments", "credits", "meta");
    private static final List<String> FOREIGN = List.of("en", "en", "en", "en", "fr", "es", "it", "nl", "pt", "pl",
            "ru");
    private static final List<String> SITES = List.of("nachrichten-heute", "newsdesk24", "infoportal", "dailynews",
            "medienhaus", "tagesblick", "weltreport", "kurier-online");
    private static final List<String> TOP_LEVEL_DOMAINS = List.of("com", "net", "at", "de", "info", "news");
    private static final List<String> MONTHS = List.of("Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");

    private final PhraseBank bank;
    private final List<String> headlines;
    /** German noun to its English word, from the bank's {@code nouns}. */
    private final Map<String, String> english;

    /** @param headlines headlines of other articles, for navigation and teaser lines; not empty */
    InsertionRecipes(PhraseBank bank, List<String> headlines) {
        if (headlines.isEmpty()) {
            throw new IllegalArgumentException("the injector needs at least one headline of another article");
        }
        this.bank = bank;
        this.headlines = List.copyOf(headlines);
        this.english = bank.section("nouns").stream().map(line -> line.split("\t"))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, HashMap::new));
    }

    List<Recipe> recipes() {
        List<Recipe> recipes = new ArrayList<>(List.of(
                new Recipe("markup.tag-pair", MARKUP_DEBRIS, InsertionRecipes::tagPair),
                new Recipe("markup.lone-tag", MARKUP_DEBRIS, (t, r) -> insert(t, r, loneTag(r),
                        Place.INLINE, Place.AFTER_SENTENCE, Place.OWN_LINE, Place.TOP, Place.BOTTOM)),
                new Recipe("markup.entity-space", MARKUP_DEBRIS, InsertionRecipes::entitySpace),
                new Recipe("markup.entity-letter", MARKUP_DEBRIS, InsertionRecipes::entityLetter),
                new Recipe("markup.entity-punctuation", MARKUP_DEBRIS, InsertionRecipes::entityPunctuation),
                new Recipe("markup.placeholder", MARKUP_DEBRIS, InsertionRecipes::placeholder),
                new Recipe("markup.xliff", MARKUP_DEBRIS, InsertionRecipes::xliff),
                new Recipe("markup.markdown", MARKUP_DEBRIS, InsertionRecipes::markdown),
                new Recipe("markup.shortcode", MARKUP_DEBRIS, (t, r) -> insert(t, r, shortcode(r),
                        Place.INLINE, Place.AFTER_SENTENCE, Place.OWN_LINE)),
                new Recipe("markup.script", MARKUP_DEBRIS, (t, r) -> insert(t, r, script(r),
                        Place.OWN_LINE, Place.TOP, Place.BOTTOM, Place.AFTER_SENTENCE)),
                new Recipe("boilerplate.block", BOILERPLATE, this::boilerplateBlock),
                new Recipe("noise.uuid", NOISE_TOKEN, (t, r) -> noise(t, r, uuid(r))),
                new Recipe("noise.hash", NOISE_TOKEN, (t, r) -> noise(t, r, hex(r, Draw.oneOf(r, 7, 12, 32, 40, 64)))),
                new Recipe("noise.timestamp", NOISE_TOKEN, (t, r) -> noise(t, r, timestamp(r))),
                new Recipe("noise.tracking-url", NOISE_TOKEN, (t, r) -> noise(t, r, trackingUrl(t, r))),
                new Recipe("noise.file-name", NOISE_TOKEN, (t, r) -> noise(t, r, fileName(t, r))),
                new Recipe("noise.id", NOISE_TOKEN, (t, r) -> noise(t, r, identifier(r))),
                new Recipe("noise.base64", NOISE_TOKEN, (t, r) -> noise(t, r, base64(r))),
                new Recipe("noise.separator", NOISE_TOKEN, (t, r) -> insert(t, r, separator(r), Place.OWN_LINE)),
                new Recipe("untranslated.sentence-replaced", UNTRANSLATED, this::replaceSentence),
                new Recipe("untranslated.sentence-added", UNTRANSLATED, (t, r) -> insert(t, r,
                        foreign(r, "sentence", Draw.oneOf(r, FOREIGN)), Place.AFTER_SENTENCE)),
                new Recipe("untranslated.paragraph", UNTRANSLATED, this::foreignParagraph),
                new Recipe("untranslated.phrase", UNTRANSLATED, this::foreignPhrase),
                new Recipe("untranslated.noun", UNTRANSLATED, this::englishNoun),
                new Recipe("untranslated.ui-label", UNTRANSLATED,
                        fromBank("ui.en", Place.OWN_LINE, Place.TOP, Place.BOTTOM, Place.AFTER_SENTENCE)),
                new Recipe("note.preamble", TRANSLATOR_NOTE, fromBank("preamble", Place.TOP)),
                new Recipe("note.closing", TRANSLATOR_NOTE, fromBank("closing", Place.BOTTOM)),
                new Recipe("note.inline", TRANSLATOR_NOTE, fromBank("inline-note", Place.INLINE, Place.AFTER_SENTENCE)),
                new Recipe("note.line", TRANSLATOR_NOTE, fromBank("note-line", Place.OWN_LINE, Place.BOTTOM)),
                new Recipe("note.code-fence", TRANSLATOR_NOTE, InsertionRecipes::codeFence)));
        for (String kind : BOILERPLATE_KINDS) {
            // bottom and lines of their own twice: boilerplate stands there more often than at the top
            recipes.add(new Recipe("boilerplate." + kind, BOILERPLATE, fromBank(kind,
                    Place.TOP, Place.BOTTOM, Place.BOTTOM, Place.OWN_LINE, Place.OWN_LINE, Place.AFTER_SENTENCE)));
        }
        return recipes;
    }

    /** A recipe inserting a line of the bank's section, its template expanded, at one of the places. */
    private BiFunction<InjectedText, Random, List<Edit>> fromBank(String section, Place... places) {
        return (t, r) -> insert(t, r, bank.draw(section, r, slots(t, r)), places);
    }

    /** The surface inserted as an artefact at one of the places. */
    private static List<Edit> insert(InjectedText t, Random r, String surface, Place... places) {
        return insert(t, r, List.of(Edit.artefact(surface)), places);
    }

    /** The parts inserted at one of the places, chosen at random among those the text offers. */
    private static List<Edit> insert(InjectedText t, Random r, List<Edit.Part> parts, Place... places) {
        List<Place> order = new ArrayList<>(List.of(places));
        Collections.shuffle(order, r);
        for (Place place : order) {
            Optional<Edit> edit = at(t, r, place, parts);
            if (edit.isPresent()) {
                return List.of(edit.get());
            }
        }
        return List.of();
    }

    private static Optional<Edit> at(InjectedText t, Random r, Place place, List<Edit.Part> parts) {
        String text = t.text();
        int length = text.length();
        return switch (place) {
            case TOP -> t.isFree(0, 0)
                    ? Optional.of(new Edit(0, 0, with(parts, null, Draw.oneOf(r, "\n", "\n\n")))) : Optional.empty();
            case BOTTOM -> !t.isFree(length, length) ? Optional.empty() : Optional.of(new Edit(length, length,
                    text.endsWith("\n") ? with(parts, null, "\n") : with(parts, Draw.oneOf(r, "\n", "\n\n"), null)));
            case OWN_LINE -> Draw.any(t.sentences().stream().filter(s -> s.end() < length
                    && " \n\r".indexOf(text.charAt(s.end())) >= 0 && t.isFree(s.end(), s.end() + 1)).toList(), r)
                    .map(s -> text.charAt(s.end()) == ' ' ? new Edit(s.end(), s.end() + 1, with(parts, "\n", "\n"))
                            : new Edit(s.end(), s.end(), with(parts, "\n", null)));
            case AFTER_SENTENCE -> Draw.any(t.sentences().stream().filter(s -> t.isFree(s.end(), s.end())
                    && (s.end() == length || Character.isWhitespace(text.charAt(s.end())))).toList(), r)
                    .map(s -> new Edit(s.end(), s.end(), with(parts, " ", null)));
            case INLINE -> Draw.any(gaps(t), r).map(at -> new Edit(at, at, with(parts, " ", null)));
        };
    }

    private static List<Edit.Part> with(List<Edit.Part> parts, String before, String after) {
        List<Edit.Part> all = new ArrayList<>();
        if (before != null) {
            all.add(Edit.plain(before));
        }
        all.addAll(parts);
        if (after != null) {
            all.add(Edit.plain(after));
        }
        return all;
    }

    /** Ends of words followed by one space and another word on the same line: places between two words. */
    private static List<Integer> gaps(InjectedText t) {
        return t.wordPairs().stream().map(p -> p.left().end()).toList();
    }

    /** Runs of one to three words of one line separated by single spaces. */
    private static List<Span> wordRuns(InjectedText t, int length) {
        List<Span> words = t.words();
        List<Span> runs = new ArrayList<>();
        for (int i = 0; i + length <= words.size(); i++) {
            Span first = words.get(i);
            Span last = words.get(i + length - 1);
            String run = t.text().substring(first.start(), last.end());
            if (run.matches("[\\p{L}\\p{N}\\-]+(?: [\\p{L}\\p{N}\\-]+)*")
                    && t.isFreeOnLine(first.start(), last.end())) {
                runs.add(new Span(run, first.start(), last.end()));
            }
        }
        return runs;
    }

    private static List<Edit> wrap(InjectedText t, Random r, String open, String close) {
        return Draw.any(wordRuns(t, Draw.between(r, 1, 3)), r)
                .map(w -> List.of(Edit.replace(w.start(), w.end(), open + w.value() + close))).orElse(List.of());
    }

    // --- markup ---

    private static List<Edit> tagPair(InjectedText t, Random r) {
        String tag = Draw.oneOf(r, "b", "strong", "em", "i", "u", "span", "span class=\"highlight\"", "a", "font",
                "sup", "mark");
        String open = switch (tag) {
            case "a" -> "<a href=\"" + url(t, r) + "\"" + Draw.oneOf(r, "", " target=\"_blank\"") + ">";
            case "font" -> "<font color=\"#" + hex(r, 6) + "\">";
            default -> "<" + tag + ">";
        };
        return wrap(t, r, open, "</" + tag.split(" ")[0] + ">");
    }

    private static String loneTag(Random r) {
        return Draw.oneOf(r, "<br>", "<br/>", "<br />", "</p>", "<p>", "<p class=\"lead\">", "</div>",
                "<div class=\"article-body\">", "<hr>", "</li>", "<li>", "&lt;br&gt;", "&lt;/p&gt;",
                "<img src=\"/media/" + hex(r, 10) + ".jpg\" alt=\"\">",
                "<!-- " + Draw.oneOf(r, "ad slot", "teaser", "end article", "related", "paywall") + " -->");
    }

    private static List<Edit> entitySpace(InjectedText t, Random r) {
        return Draw.any(gaps(t), r).map(at -> List.of(Edit.replace(at, at + 1, Draw.oneOf(r, "&nbsp;", "&#160;"))))
                .orElse(List.of());
    }

    private static final Map<Character, String> LETTER_ENTITIES = Map.of('ä', "auml", 'ö', "ouml", 'ü', "uuml",
            'Ä', "Auml", 'Ö', "Ouml", 'Ü', "Uuml", 'ß', "szlig", 'é', "eacute");

    /** A word whose umlauts stand as HTML entities, named or numbered: "Gr&ouml;&szlig;e", "K&#252;he". */
    private static List<Edit> entityLetter(InjectedText t, Random r) {
        List<Span> words = t.words().stream().filter(w -> w.value().chars()
                .anyMatch(c -> LETTER_ENTITIES.containsKey((char) c)) && t.isFreeOnLine(w)).toList();
        int style = r.nextInt(3);
        return Draw.any(words, r).map(w -> {
            StringBuilder out = new StringBuilder();
            for (char c : w.value().toCharArray()) {
                String name = LETTER_ENTITIES.get(c);
                out.append(name == null ? String.valueOf(c) : switch (style) {
                    case 0 -> "&" + name + ";";
                    case 1 -> "&#" + (int) c + ";";
                    default -> "&#x" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ";";
                });
            }
            return List.of(Edit.replace(w.start(), w.end(), out.toString()));
        }).orElse(List.of());
    }

    private static final Map<Character, List<String>> PUNCTUATION_ENTITIES = Map.of(
            '"', List.of("&quot;", "&#34;"), '„', List.of("&bdquo;", "&#8222;"), '“', List.of("&ldquo;", "&#8220;"),
            '”', List.of("&rdquo;", "&#8221;"), '–', List.of("&ndash;", "&#8211;"), '—', List.of("&mdash;"),
            '&', List.of("&amp;", "&amp;amp;"), '…', List.of("&hellip;"), '€', List.of("&euro;"));

    private static List<Edit> entityPunctuation(InjectedText t, Random r) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < t.text().length(); i++) {
            if (PUNCTUATION_ENTITIES.containsKey(t.text().charAt(i)) && t.isFreeOnLine(i, i + 1)) {
                at.add(i);
            }
        }
        return Draw.any(at, r).map(i -> List.of(Edit.replace(i, i + 1,
                Draw.oneOf(r, PUNCTUATION_ENTITIES.get(t.text().charAt(i)))))).orElse(List.of());
    }

    /** A format placeholder a template engine or translation tool did not fill: between words or for a name. */
    private static List<Edit> placeholder(InjectedText t, Random r) {
        int n = Draw.between(r, 0, 3);
        String placeholder = Draw.oneOf(r, "{" + n + "}", "%s", "%d", "%" + (n + 1) + "$s", "{{name}}",
                "{{ count }}", "{{title}}", "[LINK_" + (n + 1) + "]", "[IMG_" + (n + 1) + "]", "${title}", "__NAME__",
                "%(name)s", "{user}", "[[PLACEHOLDER]]");
        if (Draw.chance(r, 0.4)) {
            List<Span> names = t.words().stream().filter(w -> w.value().matches("\\p{Lu}\\p{Ll}{2,}")
                    && t.isFreeOnLine(w) && w.start() > 0 && t.text().charAt(w.start() - 1) == ' ').toList();
            return Draw.any(names, r).map(w -> List.of(Edit.replace(w.start(), w.end(), placeholder)))
                    .orElse(List.of());
        }
        return insert(t, r, placeholder, Place.INLINE, Place.AFTER_SENTENCE);
    }

    /** XLIFF inline tags a translation tool left in its output, standing alone or around words. */
    private static List<Edit> xliff(InjectedText t, Random r) {
        int id = Draw.between(r, 1, 9);
        if (Draw.chance(r, 0.4)) {
            return Draw.chance(r, 0.5) ? wrap(t, r, "<g id=\"" + id + "\">", "</g>")
                    : wrap(t, r, "<mrk mtype=\"seg\" mid=\"" + id + "\">", "</mrk>");
        }
        String tag = Draw.oneOf(r, "<x id=\"" + id + "\"/>", "<ph id=\"" + id + "\"/>",
                "<bpt id=\"" + id + "\">&lt;b&gt;</bpt>", "<ept id=\"" + id + "\">&lt;/b&gt;</ept>",
                "<it pos=\"open\">&lt;i&gt;</it>", "<x id=\"" + id + "\" ctype=\"lb\"/>");
        return insert(t, r, tag, Place.INLINE, Place.AFTER_SENTENCE);
    }

    /** Markdown left in: emphasis, code or a link around words, or a heading or quote marker on a line. */
    private static List<Edit> markdown(InjectedText t, Random r) {
        if (Draw.chance(r, 0.5)) {
            return switch (r.nextInt(5)) {
                case 0 -> wrap(t, r, "**", "**");
                case 1 -> wrap(t, r, "__", "__");
                case 2 -> wrap(t, r, "*", "*");
                case 3 -> wrap(t, r, "`", "`");
                default -> wrap(t, r, "[", "](" + url(t, r) + ")");
            };
        }
        String marker = Draw.oneOf(r, "#", "##", "###", "####", ">");
        List<Edit> starts = new ArrayList<>();
        for (Span s : t.sentences()) {
            boolean lineStart = s.start() == 0 || t.text().charAt(s.start() - 1) == '\n';
            boolean afterSpace = !lineStart && t.text().charAt(s.start() - 1) == ' ';
            if (lineStart && t.isFree(s.start(), s.start())) {
                starts.add(new Edit(s.start(), s.start(), List.of(Edit.artefact(marker), Edit.plain(" "))));
            } else if (afterSpace && t.isFree(s.start() - 1, s.start())) {
                starts.add(new Edit(s.start() - 1, s.start(),
                        List.of(Edit.plain("\n"), Edit.artefact(marker), Edit.plain(" "))));
            }
        }
        return Draw.any(starts, r).map(List::of).orElse(List.of());
    }

    private static String shortcode(Random r) {
        int n = Draw.between(r, 100, 99999);
        return Draw.oneOf(r,
                "[caption id=\"attachment_" + n + "\" align=\"align" + Draw.oneOf(r, "none", "left", "center")
                        + "\" width=\"" + Draw.between(r, 300, 1200) + "\"]",
                "[/caption]",
                "[embed]https://www.youtube.com/watch?v=" + base64(r).substring(0, 11).replace('/', '_')
                        .replace('+', '-') + "[/embed]",
                "[gallery ids=\"" + n + "," + (n + 1) + "," + (n + 7) + "\"]",
                "{{< tweet " + (1_000_000_000L + r.nextInt(Integer.MAX_VALUE)) + " >}}",
                "[video src=\"/media/clip-" + n + ".mp4\"]",
                "[contact-form-7 id=\"" + n + "\"]",
                "[related_posts limit=\"" + Draw.between(r, 3, 6) + "\"]");
    }

    private static String script(Random r) {
        return Draw.oneOf(r, "<script>window.dataLayer = window.dataLayer || [];</script>",
                "<style>.ad-slot{display:none}</style>",
                "<script async src=\"https://cdn.ads" + Draw.between(r, 1, 9) + ".net/tag.js\"></script>",
                "googletag.cmd.push(function() { googletag.display('div-gpt-ad-" + hex(r, 8) + "'); });",
                "<noscript><img src=\"/pixel.gif?id=" + hex(r, 12) + "\"></noscript>");
    }

    // --- boilerplate ---

    /** Two to four boilerplate lines together, at the top or the bottom, each line one artefact. */
    private List<Edit> boilerplateBlock(InjectedText t, Random r) {
        List<Edit.Part> parts = new ArrayList<>();
        int lines = Draw.between(r, 2, 4);
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                parts.add(Edit.plain("\n"));
            }
            parts.add(Edit.artefact(bank.draw(Draw.oneOf(r, BOILERPLATE_KINDS), r, slots(t, r))));
        }
        return insert(t, r, parts, Place.TOP, Place.BOTTOM);
    }

    // --- machine tokens ---

    private static List<Edit> noise(InjectedText t, Random r, String token) {
        List<Edit.Part> parts = Draw.chance(r, 0.2)
                ? List.of(Edit.plain(Draw.oneOf(r, "(", "[")), Edit.artefact(token),
                        Edit.plain(Draw.oneOf(r, ")", "]")))
                : List.of(Edit.artefact(token));
        // a bracket needs a space around it: not at the very top or bottom of the text
        return parts.size() > 1 ? insert(t, r, parts, Place.INLINE, Place.AFTER_SENTENCE)
                : insert(t, r, parts, Place.INLINE, Place.AFTER_SENTENCE, Place.OWN_LINE, Place.TOP, Place.BOTTOM);
    }

    /** A page's separator or rule on a line of its own: "-----", "= = = =", "***", "___", "~~~~~~~~". */
    private static String separator(Random r) {
        String mark = Draw.oneOf(r, "-", "=", "_", "*", "~", "+", "#", "—", "•");
        // spaced, it takes four marks at least: "* * *" is German print's section break
        boolean spaced = Draw.chance(r, 0.25);
        return spaced ? (mark + " ").repeat(Draw.between(r, 4, 12)).strip() : mark.repeat(Draw.between(r, 3, 30));
    }

    private static String uuid(Random r) {
        String uuid = new UUID(r.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x4000L,
                r.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
        return Draw.chance(r, 0.2) ? uuid.toUpperCase(Locale.ROOT) : uuid;
    }

    private static String hex(Random r, int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        r.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    private static String timestamp(Random r) {
        long seconds = 1_300_000_000L + (long) (r.nextDouble() * 450_000_000L);
        ZonedDateTime time = Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
        return switch (r.nextInt(5)) {
            case 0 -> String.valueOf(seconds);
            case 1 -> String.valueOf(seconds * 1000 + r.nextInt(1000));
            case 2 -> DateTimeFormatter.ISO_INSTANT.format(time);
            case 3 -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+01:00'").format(time);
            default -> DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(time);
        };
    }

    private static String url(InjectedText t, Random r) {
        return "https://www." + Draw.oneOf(r, SITES) + "." + Draw.oneOf(r, TOP_LEVEL_DOMAINS) + "/"
                + slug(t, r) + "-" + Draw.between(r, 1000, 9_999_999);
    }

    /** Two to five words of the text, lower case and hyphenated, as a link names its article. */
    private static String slug(InjectedText t, Random r) {
        List<String> words = t.words().stream().map(Span::value).filter(w -> w.matches("\\p{L}{3,}")).toList();
        if (words.isEmpty()) {
            return "artikel";
        }
        List<String> picked = new ArrayList<>();
        int n = Draw.between(r, 2, 5);
        int from = r.nextInt(words.size());
        for (int i = 0; i < n && from + i < words.size(); i++) {
            picked.add(words.get(from + i).toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
                    .replace("ü", "ue").replace("ß", "ss"));
        }
        return String.join("-", picked).replaceAll("[^a-z0-9\\-]", "");
    }

    private static String trackingUrl(InjectedText t, Random r) {
        String query = switch (r.nextInt(5)) {
            case 0 -> "?utm_source=" + Draw.oneOf(r, "newsletter", "facebook", "twitter", "rss") + "&utm_medium="
                    + Draw.oneOf(r, "email", "social", "referral") + "&utm_campaign=" + Draw.oneOf(r, "daily",
                    "breaking", "weekend") + Draw.between(r, 1, 52);
            case 1 -> "?fbclid=IwAR" + base64(r).replaceAll("[^A-Za-z0-9]", "");
            case 2 -> "?gclid=" + base64(r).replaceAll("[^A-Za-z0-9]", "") + "&gclsrc=aw.ds";
            case 3 -> "#xtor=RSS-" + Draw.between(r, 1, 99);
            default -> "?ref=" + Draw.oneOf(r, "rss", "homepage", "push", "app") + "&mc_cid=" + hex(r, 10);
        };
        return url(t, r) + query;
    }

    private static String fileName(InjectedText t, Random r) {
        int year = Draw.between(r, 2014, 2025);
        return switch (r.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, "IMG_%d%02d%02d_%06d.jpg", year, Draw.between(r, 1, 12),
                    Draw.between(r, 1, 28), r.nextInt(240000));
            case 1 -> String.format(Locale.ROOT, "DSC%05d.JPG", r.nextInt(100000));
            case 2 -> String.format(Locale.ROOT, "Screenshot-%d-%02d-%02d-at-%02d.%02d.%02d.png", year,
                    Draw.between(r, 1, 12), Draw.between(r, 1, 28), r.nextInt(24), r.nextInt(60), r.nextInt(60));
            case 3 -> slug(t, r) + "-" + Draw.oneOf(r, "1024x683", "800x450", "1200x630") + ".webp";
            case 4 -> "pressemitteilung_" + year + "_" + Draw.between(r, 1, 999) + ".pdf";
            default -> "video_" + hex(r, 8) + ".mp4";
        };
    }

    private static String identifier(Random r) {
        int n = Draw.between(r, 10, 99999999);
        return switch (r.nextInt(6)) {
            case 0 -> "art-" + n + "-" + hex(r, 4);
            case 1 -> "cms" + n;
            case 2 -> "newsid=" + n;
            case 3 -> "ref:" + hex(r, 12);
            case 4 -> "mod-" + Draw.between(r, 1, 99) + "-" + hex(r, 6);
            default -> "#" + n;
        };
    }

    private static String base64(Random r) {
        byte[] bytes = new byte[Draw.between(r, 16, 45)];
        r.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    // --- untranslated text ---

    private String foreign(Random r, String kind, String language) {
        return Draw.oneOf(r, bank.section(kind + "." + language));
    }

    private List<Edit> replaceSentence(InjectedText t, Random r) {
        List<Span> sentences = t.sentences().stream().filter(t::isFreeOnLine).toList();
        String foreign = foreign(r, "sentence", Draw.oneOf(r, FOREIGN));
        return Draw.any(sentences, r).map(s -> List.of(Edit.replace(s.start(), s.end(), foreign))).orElse(List.of());
    }

    /** Two or three sentences of one foreign language as a paragraph of their own. */
    private List<Edit> foreignParagraph(InjectedText t, Random r) {
        String language = Draw.oneOf(r, FOREIGN);
        List<String> sentences = new ArrayList<>(bank.section("sentence." + language));
        Collections.shuffle(sentences, r);
        String paragraph = String.join(" ", sentences.subList(0, Math.min(sentences.size(), Draw.between(r, 2, 3))));
        return insert(t, r, paragraph, Place.OWN_LINE, Place.BOTTOM);
    }

    /** A foreign phrase in a sentence: after a comma, set off by another, or before the full stop. */
    private List<Edit> foreignPhrase(InjectedText t, Random r) {
        String phrase = foreign(r, "phrase", Draw.oneOf(r, FOREIGN));
        String text = t.text();
        List<Edit> candidates = new ArrayList<>();
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i + 2))
                    && t.isFree(i + 2, i + 2)) {
                candidates.add(Edit.of(i + 2, i + 2, "", phrase, ", "));
            }
        }
        for (Span s : t.sentences()) {
            int stop = s.end() - 1;
            if (text.charAt(stop) == '.' && Character.isLetter(text.charAt(stop - 1)) && t.isFree(stop, stop)) {
                candidates.add(Edit.of(stop, stop, ", ", phrase, ""));
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    /** A German noun of the text left as the English word it was translated from. */
    private List<Edit> englishNoun(InjectedText t, Random r) {
        List<Span> nouns = t.words().stream().filter(w -> english.containsKey(w.value()) && t.isFreeOnLine(w))
                .toList();
        return Draw.any(nouns, r).map(w -> {
            String word = english.get(w.value());
            return List.of(Edit.replace(w.start(), w.end(), Draw.chance(r, 0.3) ? TokenRecipes.capitalise(word)
                    : word));
        }).orElse(List.of());
    }

    // --- translator's chatter ---

    /** The article wrapped in a code fence, as a chat answer delivers it: one fence line at the top, one below. */
    private static List<Edit> codeFence(InjectedText t, Random r) {
        int end = t.text().length();
        if (!t.isFree(0, 0) || !t.isFree(end, end) || end < 2 * InjectedText.MARGIN + 1) {
            return List.of();
        }
        String opening = Draw.oneOf(r, "```", "```text", "```markdown", "```de");
        return List.of(new Edit(0, 0, List.of(Edit.artefact(opening), Edit.plain("\n"))),
                new Edit(end, end, t.text().endsWith("\n") ? List.of(Edit.artefact("```"), Edit.plain("\n"))
                        : List.of(Edit.plain("\n"), Edit.artefact("```"))));
    }

    // --- slots ---

    /** The slot values of one template: the noun pair is chosen once, so that $en and $de belong together. */
    private Function<String, String> slots(InjectedText t, Random r) {
        List<String> used = t.words().stream().map(Span::value).filter(english::containsKey).distinct().sorted()
                .toList();
        String de = used.isEmpty() ? Draw.oneOf(r, english.keySet().stream().sorted().toList()) : Draw.oneOf(r, used);
        List<String> nouns = t.words().stream().map(Span::value).filter(w -> w.matches("\\p{Lu}\\p{Ll}{3,}"))
                .distinct().sorted().toList();
        return slot -> switch (slot) {
            case "title" -> headline(Draw.oneOf(r, headlines), r);
            case "name" -> Draw.oneOf(r, bank.section("first-names")) + " " + Draw.oneOf(r, bank.section("last-names"));
            case "agency" -> Draw.oneOf(r, bank.section("agencies"));
            case "platform" -> Draw.oneOf(r, bank.section("platforms"));
            case "platforms" -> platforms(r);
            case "section" -> Draw.oneOf(r, bank.section("sections"));
            case "n" -> String.valueOf(Draw.between(r, 2, 12));
            case "count" -> String.valueOf(Draw.between(r, 2, 480));
            case "year" -> String.valueOf(Draw.between(r, 2012, 2025));
            case "date" -> date(r);
            case "time" -> String.format(Locale.ROOT, "%02d:%02d", Draw.between(r, 6, 23), r.nextInt(60));
            case "noun" -> nouns.isEmpty() ? de : Draw.oneOf(r, nouns);
            case "en" -> english.get(de);
            case "de" -> de;
            default -> throw new IllegalArgumentException("unknown slot $" + slot);
        };
    }

    private String platforms(Random r) {
        List<String> all = new ArrayList<>(bank.section("platforms"));
        Collections.shuffle(all, r);
        return String.join(Draw.oneOf(r, ", ", " | ", " · ", " / ", " "), all.subList(0, Draw.between(r, 2, 4)));
    }

    private static String date(Random r) {
        int day = Draw.between(r, 1, 28);
        int month = Draw.between(r, 1, 12);
        int year = Draw.between(r, 2012, 2025);
        return Draw.chance(r, 0.5) ? String.format(Locale.ROOT, "%02d.%02d.%d", day, month, year)
                : day + ". " + MONTHS.get(month - 1) + " " + year;
    }

    /** A headline from another article's first sentence: cut at a comma or colon, at most ten words, no final stop. */
    static String headline(String sentence, Random r) {
        String cut = sentence.split("[,:;]")[0].strip();
        String[] words = cut.split("\\s+");
        int keep = Math.min(words.length, Draw.between(r, 5, 10));
        return String.join(" ", Arrays.copyOf(words, keep)).replaceAll("[.!?\"„“”»«]+$", "");
    }
}
