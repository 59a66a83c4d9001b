package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds HTML, entity, shortcode and template remnants that a scraper or CMS left in the text: tags ("&lt;br&gt;",
 * "&lt;/a&gt;"), broken closing tags glued to a word ("&lt;/Wort"), character entities ("&amp;nbsp;"), WordPress
 * shortcodes ("[caption id=1]", "[/caption]") and unfilled placeholders ("{{title}}", "${name}", "%s", "[[link]]").
 * Comparisons ("&lt; 5 %"), citations ("[1]"), ellipses ("[…]") and editorial insertions ("[der Präsident]") are
 * not markup and stay unflagged.
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

    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    /**
     * A shortcode: a closing "[/name]", a name with key=value attributes, or a bare name with '-' or '_' inside
     * ("[instagram-feed]"). A bare lowercase word in brackets ("[sic]") is an editorial mark, not a shortcode.
     */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\[/[a-z][a-z0-9_-]*\\]"
                    + "|\\[[a-z][a-z0-9_-]*(?:\\s+[a-z_][a-z0-9_-]*\\s*=\\s*(?:\"[^\"\\]\\n]*\"|'[^'\\]\\n]*'|[^\\s\\]]+))+\\s*/?\\]"
                    + "|\\[[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+\\s*/?\\]");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*[\\w.\\-]+\\s*\\}\\}"
                    + "|\\$\\{[\\w.\\-]+\\}"
                    + "|\\[\\[[^\\[\\]\\n]{1,80}\\]\\]"
                    + "|(?<![\\p{L}\\p{N}%])%(?:[0-9]\\$)?[sd](?![\\p{L}\\p{N}])");

    private static final List<LabelledPattern> KINDS = List.of(
            new LabelledPattern("HTML tag", TAG),
            new LabelledPattern("broken HTML closing tag", BROKEN_CLOSING_TAG),
            new LabelledPattern("broken HTML tag", BROKEN_OPENING_TAG),
            new LabelledPattern("HTML entity", ENTITY),
            new LabelledPattern("CMS shortcode", SHORTCODE),
            new LabelledPattern("template placeholder", PLACEHOLDER));


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
                candidates.add(finding(match.start(), match.end(),
                        "Leftover " + kind.label() + " '" + match.value() + "': delete it", List.of("")));
            }
        }
        return FindingOverlaps.keepFirstOfOverlapping(candidates);
    }

    @Override
    public String description() {
        return "HTML tags, character entities, shortcodes and unfilled template placeholders left in the text by "
                + "a scraper or CMS.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Bilanz fällt gut aus.<br/> Der Gewinn stieg deutlich.",
                        "<br/>",
                        "Die Bilanz fällt gut aus. Der Gewinn stieg deutlich."),
                DetectorExample.right("Die Teuerung liegt bei < 3 % [2], sagte der Ökonom [der Notenbank] am "
                        + "Montag."));
    }
}
