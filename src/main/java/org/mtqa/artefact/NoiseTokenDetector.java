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
 * Finds machine tokens a scraper carried into the text: Unix timestamps ("1662611347"), tracking ids
 * ("ttn-de-58"), UUIDs and hex hashes, data blobs (base64 and the like: 200 characters without a space), and lone
 * dashes or bullets on a line of their own. Years, amounts
 * ("11.000"), phone numbers, ISBNs and model names ("COVID-19", "Boeing 737-800", "F-16") are no noise.
 */
@Component
public class NoiseTokenDetector implements ArtefactDetector {

    /**
     * Ten digits from 1000000000 to 2099999999 (seconds since 1970: years 2001 to 2036) standing alone, not
     * glued to other digits, separators or signs as in phone numbers, IBANs, amounts or URLs.
     */
    private static final Pattern UNIX_TIMESTAMP = Pattern.compile(
            "(?<![\\p{N}+/\\-–()]\\s)(?<!ISBN:?\\s)(?<![\\p{L}\\p{N}+/.,:\\-–])(?:1[0-9]|20)[0-9]{8}(?![\\p{L}\\p{N}/.,:\\-]?[\\p{L}\\p{N}])(?!\\s?[\\-/]\\s?[0-9])");

    /**
     * Lowercase letter groups and a trailing number joined by hyphens, like a CMS slug or tracking code ("ttn-de-58").
     * Only taken at the start or end of a line, where no sentence holds it; inside a sentence it may be a name.
     */
    private static final Pattern TRACKING_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._@-])[a-z]{2,8}(?:-[a-z]{2,8})+-[0-9]{1,8}(?![\\p{L}\\p{N}/._@-])");

    private static final Pattern UUID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\\p{L}\\p{N}/._-])");

    /** 32 to 64 hex digits (MD5 to SHA-256), with both digits and letters so that no plain number qualifies. */
    private static final Pattern HEX_HASH = Pattern.compile(
            "(?<![\\p{L}\\p{N}/._-])(?=[0-9a-f]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{32,64}(?![\\p{L}\\p{N}/._-])");

    /**
     * A data run ({@link Spans#LONG_TOKEN_CHARS}) that is no link: long links are no noise to a reader. The lookbehind
     * comes first, so only the start of each token is tried and a huge token costs one pass.
     */
    private static final Pattern DATA_BLOB = Pattern.compile(
            "(?<!\\S)(?!\\S*?(?:://|www\\.))\\S{" + Spans.LONG_TOKEN_CHARS + ",}");

    /** Tokens are quoted in a message up to this length, so a huge one does not fill the report twice. */
    private static final int MAX_QUOTED_CHARS = 40;

    /** A single dash or bullet is the whole line: a list marker or separator whose content was lost. */
    private static final Pattern LONE_MARK_LINE = Pattern.compile("[-–—•·▪◦*]");

    private static final List<LabelledPattern> INLINE_KINDS = List.of(
            new LabelledPattern("Unix timestamp", UNIX_TIMESTAMP),
            new LabelledPattern("UUID", UUID),
            new LabelledPattern("hash", HEX_HASH),
            new LabelledPattern("data blob", DATA_BLOB));


    @Override
    public Category category() {
        return Category.NOISE_TOKEN;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (LabelledPattern kind : INLINE_KINDS) {
            for (Spans.Span token : kind.matches(text)) {
                findings.add(noise(kind.label(), token));
            }
        }
        for (Spans.Span line : analysed.lines()) {
            Spans.Span content = Spans.trim(line);
            if (LONE_MARK_LINE.matcher(content.value()).matches()) {
                findings.add(noise("lone dash or bullet line", content));
            }
            for (Spans.Span id : Spans.matches(TRACKING_ID, content.value())) {
                if (id.start() == 0 || id.end() == content.value().length()) {
                    int start = content.start() + id.start();
                    findings.add(noise("tracking id", new Spans.Span(id.value(), start, start + id.value().length())));
                }
            }
        }
        return FindingOverlaps.keepFirstOfOverlapping(findings);
    }

    private Finding noise(String label, Spans.Span token) {
        String shown = token.value().length() > MAX_QUOTED_CHARS
                ? token.value().substring(0, MAX_QUOTED_CHARS - 1) + "…" : token.value();
        return finding(token.start(), token.end(),
                "Stray " + label + " '" + shown + "' from the source page: delete it", List.of(""));
    }

    @Override
    public String description() {
        return "Machine tokens a scraper carried into the text: timestamps, tracking ids, UUIDs, hashes, data "
                + "blobs and lone bullets.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Das Video 3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d zeigt den Einsatz.",
                        "3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d",
                        "Das Video zeigt den Einsatz."),
                DetectorExample.right("Die Boeing 737-800 landete 2024 sicher, der Schaden beträgt 11.000 Euro."));
    }
}
