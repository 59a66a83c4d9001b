package org.mtqa.artefact;

/**
 * One example of a detector's rule, as LanguageTool's rules carry theirs: {@code text} with the {@code flagged} part the
 * detector must report, and the {@code corrected} text it must leave silent; or, with {@code flagged} null, right text
 * that must stay silent as it is.
 */
public record DetectorExample(String text, String flagged, String corrected) {

    public DetectorExample {
        if (flagged != null && (!text.contains(flagged) || corrected == null)) {
            throw new IllegalArgumentException("a wrong example needs its flagged part and a correction: " + text);
        }
    }

    /** Wrong text: the detector reports {@code flagged} in it, and nothing in {@code corrected}. */
    public static DetectorExample wrong(String text, String flagged, String corrected) {
        return new DetectorExample(text, flagged, corrected);
    }

    /** Right text the detector must leave silent. */
    public static DetectorExample right(String text) {
        return new DetectorExample(text, null, null);
    }

    public boolean isWrong() {
        return flagged != null;
    }
}
