package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds markup, code and template remnants that a scraper, CMS or translation pipeline left in the text: HTML tags
 * ("&lt;br&gt;", "&lt;/a&gt;") and the inline tags of XLIFF and TMX ("&lt;x id="1"/&gt;", "&lt;g id="5"&gt;"),
 * broken closing tags glued to a word ("&lt;/Wort"), character entities ("&amp;nbsp;"), WordPress shortcodes
 * ("[caption id=1]", "[/caption]"), unfilled placeholders and format specifiers ("{{title}}", "${name}", "{0}",
 * "{count}", "%s", "%1$s", "[LINK_3]", "[[link]]"), Markdown ("**fett**", "__fett__", "[Text](https://…)",
 * "### Titel"; a code fence is a chat model's, see {@link TranslatorNoteDetector}) and CSS or JavaScript
 * ("p { margin: 0; }", "googletag.cmd.push(…);"). Markdown markers are reported apart from the words they wrap,
 * so that deleting them keeps the words. Comparisons ("&lt; 5 %"), citations ("[1]"), ellipses ("[…]"), editorial
 * insertions ("[der Präsident]"), gender stars ("Bürger*innen") and plain-text bullets ("* " or "- " before a list item, which read as bullets without Markdown) are not markup.
 */
@Component
public class MarkupDebrisDetector implements ArtefactDetector {

    /** Tag name with optional attributes; the tag must close with '>' right after, so "a < b > c" is no tag. */
    private static final Pattern TAG = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\\s+[A-Za-z_:][\\w:.-]*(?:\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\\s\"'<>]+))?)*\\s*/?>");

    /** "</word" without its '>': a closing tag cut off by the scraper. Clean prose never has "</". */
    private static final Pattern BROKEN_CLOSING_TAG = Pattern.compile("</[\\p{L}][\\p{L}\\p{N}-]*(?![\\p{L}\\p{N}>-])");

    /** An opening tag whose attributes were cut off: "<p class=" or "<a href=\"…". */
    private static final Pattern BROKEN_OPENING_TAG = Pattern.compile(
            "<[A-Za-z][A-Za-z0-9]*\\s+[A-Za-z-]+\\s*=\\s*(?:\"[^\"<>\\n]*\"?|'[^'<>\\n]*'?|[^\\s<>]*)(?![^<>\\n]*>)");

    /**
     * An attribute whose tag was stripped around it: 'alt="Boote am Fluss"', "data-id='7'". German prose never glues
     * "=" and a quote mark to a word.
     */
    private static final Pattern ORPHAN_ATTRIBUTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_<-])[a-z][a-z-]{1,30}=(?:\"[^\"\\n]{0,300}\"|'[^'\\n]{0,300}')");

    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    /**
     * A shortcode: a closing "[/name]", a name with key=value attributes, or a bare name with '-' or '_' inside
     * ("[instagram-feed]"). A bare lowercase word in brackets ("[sic]") is an editorial mark, not a shortcode.
     */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\[/[a-z][a-z0-9_-]*\\]"
                    + "|\\[[a-z][a-z0-9_-]*(?:\\s+[a-z_][a-z0-9_-]*\\s*=\\s*(?:\"[^\"\\]\\n]*\"|'[^'\\]\\n]*'|[^\\s\\]]+))+\\s*/?\\]"
                    + "|\\[[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+\\s*/?\\]");

    /**
     * Slots a template or a translation pipeline failed to fill: "{{title}}", "${name}", "[[link]]", an index or
     * identifier in single braces ("{0}", "{1:N2}", "{count}"), a printf, Python or Objective-C specifier ("%s", "%d",
     * "%1$s", "%.2f", "%(name)s", "%@"), an upper-case name between double underscores ("__CITY__") and an upper-case
     * token with an index in brackets ("[LINK_3]", "[IMAGE_2]", "[FOTO1]") or between doubled percent, hash or at
     * signs ("%%EMBED_2%%", "##AUTHOR##", "@@DATE@@"). A bracketed word without a digit or underscore ("[SPÖ]") is an
     * editorial insertion.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*[\\w.\\-]+\\s*\\}\\}"
                    + "|\\$\\{[\\w.\\-]+\\}"
                    + "|\\[\\[[^\\[\\]\\n]{1,80}\\]\\]"
                    + "|(?<![{$\\w])\\{(?:[0-9]{1,2}(?:[,:][^{}\\s]{1,12})?|[A-Za-z_][A-Za-z0-9_.]{0,40})\\}(?!\\})"
                    + "|(?<![\\p{L}\\p{N}%])%(?:[0-9]\\$|\\([A-Za-z_]\\w*\\))?[-+0#]*[0-9]*(?:\\.[0-9]+)?(?:l|ll|h)?[sdifu@]"
                    + "(?![\\p{L}\\p{N}])"
                    + "|(?<![\\w])__[A-Z][A-Z0-9_]*__(?![\\w])"
                    + "|\\[[A-Z]+(?:_[A-Z0-9]+)+\\]|\\[[A-Z]{2,}[0-9]+\\]"
                    + "|(%%|##|@@)[A-Z][A-Z0-9_]*\\1");

    /** A script's value printed as text: "[object Object]", "[object HTMLDivElement]". */
    private static final Pattern SCRIPT_VALUE = Pattern.compile("\\[object [A-Z][A-Za-z]+\\]");

    /**
     * A lower-case phrase in brackets alone on a line, where an embed or a medium was cut out: "[embedded content]",
     * "[video]". An editorial insertion ("[sic]", "[der Kanzler]") stands inside a sentence.
     */
    private static final Pattern EMBED_PLACEHOLDER = Pattern.compile("(?m)^[ \\t]*\\[\\p{Ll}+(?: \\p{Ll}+){0,3}\\][ \\t]*$");

    /** An HTML comment or CDATA section: "&lt;!-- teaser --&gt;". */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.{0,2000}?-->|<!\\[CDATA\\[.{0,2000}?\\]\\]>",
            Pattern.DOTALL);

    /**
     * A JSON object: quoted keys with string, number or literal values, "{"title": "Venedig", "id": 3}". Prose in
     * braces has no quoted key before a colon.
     */
    private static final Pattern JSON = Pattern.compile(
            "\\{\\s*\"[^\"\\n]{1,40}\"\\s*:\\s*(?:\"[^\"\\n]*\"|-?[0-9.]+|true|false|null)"
                    + "(?:\\s*,\\s*\"[^\"\\n]{1,40}\"\\s*:\\s*(?:\"[^\"\\n]*\"|-?[0-9.]+|true|false|null))*\\s*\\}");

    /**
     * The opening of a JSON object cut off before its text: a brace, a quoted key with its value and the next key
     * ("{"type":"paragraph","text": Ein Sprecher …"). Prose never quotes a word before a colon after a brace.
     */
    private static final Pattern JSON_OPENING = Pattern.compile(
            "\\{\\s*\"[\\w-]{1,30}\"\\s*:\\s*(?:\"[^\"\\n]{0,40}\"|-?[0-9.]+|true|false|null)\\s*,\\s*\"[\\w-]{1,30}\"\\s*:");

    /**
     * An escape sequence written out, as a pipeline that quoted the text twice leaves it: a backslash and n, r or t
     * before no lowercase letter, or before a double quote. German prose has no backslash; one before a lowercase
     * letter may be a Windows path ("C:\\nutzer").
     */
    private static final Pattern ESCAPE = Pattern.compile("\\\\[nrt](?![a-z])|\\\\\"");

    /** A Markdown heading's marker at a line's start: "### Titel". A hashtag ("#MeToo") has no space after it. */
    private static final Pattern HEADING_MARKER = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+(?=\\S)");


    /** Markdown strong emphasis, "**fett**" or "__fett__": the markers hug the words they wrap. */
    private static final Pattern STRONG = Pattern.compile(
            "(?<![*\\w])(\\*\\*|__)(?=[^\\s*_])[^*_\\n]{1,200}?(?<=[^\\s*_])(\\1)(?![*\\w])");

    /** A Markdown link or image: "[Text](https://…)", "![Bild](/x.png)". */
    private static final Pattern LINK = Pattern.compile(
            "(!?\\[)[^\\[\\]\\n]{0,200}(\\]\\((?:https?://|www\\.|/)[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*\\))");

    /** A CSS declaration block: "{ margin: 0 0 1em; line-height: 1.6; }", at least one "property: value;". */
    private static final Pattern CSS_BLOCK = Pattern.compile(
            "\\{(?:\\s*-?[a-z][a-z-]*\\s*:\\s*[^;{}\\n]+;)+\\s*(?:-?[a-z][a-z-]*\\s*:\\s*[^;{}\\n]+)?\\}");

    /** The selector before a declaration block, up to its line's start: ".article-body p", "#main > div.ad". */
    private static final Pattern CSS_SELECTOR = Pattern.compile(
            "(?:[.#@]?[A-Za-z_*][\\w-]*(?:[.#:]{1,2}[\\w-]+(?:\\([^()\\n]*\\))?|\\[[^\\]\\n]*\\])*"
                    + "[ \\t]*[>+~,]?[ \\t]*){1,6}$");
    private static final int MAX_SELECTOR_CHARS = 120;

    /**
     * JavaScript: a function head, a variable declaration, or a dotted call ending with ");". Prose has no
     * "name.name(…);".
     */
    private static final Pattern SCRIPT = Pattern.compile(
            "(?<![\\w$])function\\s*[\\w$]*\\s*\\([\\w$, ]*\\)\\s*\\{[^\\n]{0,300}?\\}\\)?;?"
                    + "|(?<![\\w$.])(?:var|let|const)\\s+[A-Za-z_$][\\w$]*\\s*=\\s*[^\\n;]{1,300};"
                    + "|(?<![\\w$.])[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+\\([^\\n]{0,300}\\)\\s*;");

    private static final List<LabelledPattern> KINDS = List.of(
            new LabelledPattern("HTML tag", TAG),
            new LabelledPattern("broken HTML closing tag", BROKEN_CLOSING_TAG),
            new LabelledPattern("broken HTML tag", BROKEN_OPENING_TAG),
            new LabelledPattern("HTML attribute", ORPHAN_ATTRIBUTE),
            new LabelledPattern("HTML entity", ENTITY),
            new LabelledPattern("CMS shortcode", SHORTCODE),
            new LabelledPattern("template placeholder", PLACEHOLDER),
            new LabelledPattern("HTML comment", HTML_COMMENT),
            new LabelledPattern("JSON", JSON),
            new LabelledPattern("JSON", JSON_OPENING),
            new LabelledPattern("escape sequence", ESCAPE),
            new LabelledPattern("Markdown heading marker", HEADING_MARKER),
            new LabelledPattern("script", SCRIPT),
            new LabelledPattern("script value", SCRIPT_VALUE),
            new LabelledPattern("embed placeholder", EMBED_PLACEHOLDER));

    /** Markdown whose markers are debris but whose inner words are the article's: group 1 and 2 are the markers. */
    private static final List<LabelledPattern> WRAPPERS = List.of(
            new LabelledPattern("Markdown emphasis marker", STRONG),
            new LabelledPattern("Markdown link markup", LINK));

    @Override
    public Category category() {
        return Category.MARKUP_DEBRIS;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> candidates = new ArrayList<>();
        for (LabelledPattern kind : KINDS) {
            for (Spans.Span match : kind.matches(text)) {
                candidates.add(leftover(kind.label(), match.start(), match.end(), text));
            }
        }
        for (LabelledPattern wrapper : WRAPPERS) {
            Matcher m = wrapper.pattern().matcher(text);
            while (m.find()) {
                if (m.group(1).startsWith("!")) {
                    // an image's alternative text is no part of the article either
                    candidates.add(leftover("Markdown image", m.start(), m.end(), text));
                } else {
                    candidates.add(leftover(wrapper.label(), m.start(1), m.end(1), text));
                    candidates.add(leftover(wrapper.label(), m.start(2), m.end(2), text));
                }
            }
        }
        Matcher css = CSS_BLOCK.matcher(text);
        while (css.find()) {
            candidates.add(leftover("CSS rule", selectorStart(text, css.start()), css.end(), text));
        }
        return FindingOverlaps.keepFirstOfOverlapping(candidates);
    }

    private Finding leftover(String label, int start, int end, String text) {
        return finding(start, end, "Leftover " + label + " '" + text.substring(start, end) + "': delete it",
                List.of(""));
    }

    /**
     * Where the selector before a CSS block starts: the earliest start of a line or sentence from which all up to the
     * block is a selector. Without one the block stands alone.
     */
    private static int selectorStart(String text, int block) {
        int from = block;
        while (from > 0 && block - from < MAX_SELECTOR_CHARS && text.charAt(from - 1) != '\n') {
            from--;
        }
        for (int start = from; start < block; start++) {
            boolean candidate = start == from || (start >= 2 && text.charAt(start - 1) == ' '
                    && ".!?".indexOf(text.charAt(start - 2)) >= 0);
            if (candidate && !Character.isWhitespace(text.charAt(start))
                    && CSS_SELECTOR.matcher(text).region(start, block).matches()) {
                return start;
            }
        }
        return block;
    }

    @Override
    public String description() {
        return "HTML and translation-memory tags, character entities, shortcodes, unfilled placeholders and format "
                + "specifiers, Markdown, CSS and script left in the text by a scraper, CMS or translation pipeline.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Bilanz fällt gut aus.<br/> Der Gewinn stieg deutlich.",
                        "<br/>",
                        "Die Bilanz fällt gut aus. Der Gewinn stieg deutlich."),
                DetectorExample.wrong("Die Stadt liefert täglich {0} Tonnen Wasser.",
                        "{0}",
                        "Die Stadt liefert täglich 40 Tonnen Wasser."),
                DetectorExample.wrong("Das Team stellte die Ergebnisse [in einer Studie](https://example.org/studie) "
                        + "vor.",
                        "](https://example.org/studie)",
                        "Das Team stellte die Ergebnisse in einer Studie vor."),
                DetectorExample.wrong("Gastronomen am <g id=\"7\">Markusplatz</g> klagen.",
                        "<g id=\"7\">",
                        "Gastronomen am Markusplatz klagen."),
                DetectorExample.right("Die Teuerung liegt bei < 3 % [2], sagte der Ökonom [der Notenbank] am "
                        + "Montag."),
                DetectorExample.wrong("Ein Boot kostet 800 Yen. alt=\"Ruderboote am See\"\n\nAm Abend leuchten Laternen.",
                        "alt=\"Ruderboote am See\"", "Ein Boot kostet 800 Yen. \n\nAm Abend leuchten Laternen."),
                DetectorExample.right("Die Formel E=mc² gilt, sagte er, und Werte mit x = \"5\" stehen im Code."),
                DetectorExample.right("Lehrer*innen und Bürger*innen forderten […] mehr Geld:\n* für Schulen\n"
                        + "* für Kindergärten"),
                DetectorExample.wrong("Haft verurteilt.\n\n![](https://cdn.example.com/2024/06/gericht.jpg)\n\nDas Urteil "
                        + "fiel.", "![", "Haft verurteilt.\n\nDas Urteil fiel."),
                DetectorExample.wrong("Der Rat tagt. {\"type\":\"paragraph\",\"text\": Ein Sprecher bestätigte das.",
                        "{\"type\":\"paragraph\",\"text\":", "Der Rat tagt. Ein Sprecher bestätigte das."));
    }
}
