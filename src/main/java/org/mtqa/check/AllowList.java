package org.mtqa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mtqa.finding.Finding;

/**
 * Words and phrases the user declared correct: one a line, {@code #} starts a comment. A finding whose text is on the
 * list is dropped, and detectors treat listed words as known.
 */
public record AllowList(Set<String> entries) {

    public static final AllowList EMPTY = new AllowList(Set.of());

    public static AllowList read(Path file) {
        if (file == null) {
            return EMPTY;
        }
        try {
            return of(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the allow list " + file.toAbsolutePath(), e);
        }
    }

    public static AllowList of(List<String> lines) {
        return new AllowList(lines.stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean contains(String text) {
        return entries.contains(text.strip());
    }

    /** The findings whose text is not on the list, in the order given. */
    public List<Finding> withoutAllowed(String text, List<Finding> findings) {
        return entries.isEmpty() ? findings
                : findings.stream().filter(f -> !contains(text.substring(f.start(), f.end()))).toList();
    }

    /** The single-word entries, for the dictionary. */
    public Set<String> words() {
        return entries.stream().filter(e -> e.chars().noneMatch(Character::isWhitespace))
                .collect(Collectors.toUnmodifiableSet());
    }
}
