package org.mtqa.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The injector's phrases and templates, from {@code injection-phrases.txt} beside this class: sections of lines, a
 * template's {@code {a|b}} choices and {@code $slot}s filled at random (the file's head describes them).
 */
final class PhraseBank {

    private static final String RESOURCE = "injection-phrases.txt";
    private static final Pattern SECTION = Pattern.compile("\\[([a-z][a-z.\\-]*)]");
    /** An innermost choice: braces with no brace inside. */
    private static final Pattern CHOICE = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SLOT = Pattern.compile("\\$([a-z]+)");

    private final Map<String, List<String>> sections;

    private PhraseBank(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static PhraseBank load() {
        try (InputStream in = PhraseBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static PhraseBank parse(String content) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : content.split("\n")) {
            line = line.strip();
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                current = sections.computeIfAbsent(header.group(1), name -> new ArrayList<>());
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (current == null) {
                    throw new IllegalArgumentException("phrase outside a section: " + line);
                }
                current.add(line);
            }
        }
        return new PhraseBank(sections);
    }

    /** The lines of a section. */
    List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("no phrases in section " + name);
        }
        return lines;
    }

    /** One line of the section, expanded. */
    String draw(String section, Random random, Function<String, String> slots) {
        return expand(Draw.oneOf(random, section(section)), random, slots);
    }

    /** The template with one alternative of each choice, innermost first, and its slots filled. */
    static String expand(String template, Random random, Function<String, String> slots) {
        String text = template;
        for (Matcher m = CHOICE.matcher(text); m.find(); m = CHOICE.matcher(text)) {
            String[] alternatives = m.group(1).split("\\|", -1);
            text = text.substring(0, m.start()) + Draw.oneOf(random, alternatives) + text.substring(m.end());
        }
        StringBuilder out = new StringBuilder();
        Matcher slot = SLOT.matcher(text);
        int at = 0;
        while (slot.find()) {
            out.append(text, at, slot.start()).append(slots.apply(slot.group(1)));
            at = slot.end();
        }
        return out.append(text.substring(at)).toString().replaceAll(" {2,}", " ").strip();
    }
}
