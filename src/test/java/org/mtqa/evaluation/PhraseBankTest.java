package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PhraseBankTest {

    @Test
    void expand_ChoosesOneAlternativeOfEachChoiceInnermostFirst_AndFillsSlots() {
        Set<String> expanded = IntStream.range(0, 60)
                .mapToObj(seed -> PhraseBank.expand("{Teilen|Teile {es|ihn}} auf $platform{!|}", Draw.seeded(seed),
                        slot -> slot.equals("platform") ? "X" : "?"))
                .collect(Collectors.toSet());

        assertThat(expanded).containsExactlyInAnyOrder("Teilen auf X!", "Teilen auf X", "Teile es auf X!",
                "Teile es auf X", "Teile ihn auf X!", "Teile ihn auf X");
    }

    @Test
    void load_ReadsEverySectionTheRecipesUse() {
        PhraseBank bank = PhraseBank.load();

        for (String section : new String[] {"navigation", "share", "newsletter", "cookie", "comments", "credits",
                "meta", "preamble", "closing", "inline-note", "note-line", "ui.en", "nouns", "first-names",
                "last-names", "agencies", "platforms", "sections"}) {
            assertThat(bank.section(section)).as(section).isNotEmpty();
        }
        for (String language : new String[] {"en", "fr", "es", "it", "nl", "pt", "pl", "ru"}) {
            assertThat(bank.section("sentence." + language)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(bank.section("phrase." + language)).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(bank.section("nouns")).allMatch(line -> line.split("\t").length == 2);
    }

    @Test
    void parse_RejectsAPhraseOutsideASection() {
        assertThatThrownBy(() -> PhraseBank.parse("lost line\n[a]\nfound"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PhraseBank.parse("# comment\n[a]\none\n\ntwo").section("a")).containsExactly("one", "two");
    }
}
