package org.mtqa.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading never throws: every file becomes an article or an unreadable file with a reason. */
class ArticleReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path input;

    @Test
    void read_WhenWindows1252_ThenTheArticleSaysSo() throws Exception {
        Files.write(input.resolve("alt.txt"), "„Grüße“\r\n".getBytes(WINDOWS_1252));

        assertThat(ArticleReader.read(input, "alt.txt", WINDOWS_1252)).isInstanceOfSatisfying(Article.class, a -> {
            assertThat(a.text()).isEqualTo("„Grüße“\r\n");
            assertThat(a.encoding()).isEqualTo("windows-1252");
            assertThat(a.sha256()).hasSize(64);
        });
    }

    @Test
    void read_WhenFileDisappearedAfterItWasListed_ThenSaysSo() throws Exception {
        Files.writeString(input.resolve("gone.txt"), "Text");
        List<String> listed = InputFiles.list(input, "**/*.txt");
        Files.delete(input.resolve("gone.txt"));

        assertThat(ArticleReader.read(input, listed.get(0), WINDOWS_1252))
                .isEqualTo(new UnreadableFile("gone.txt", "", "file disappeared after the run started"));
    }

    @Test
    void read_WhenDanglingLink_ThenCannotReadItAndSaysWhere() throws Exception {
        Files.createSymbolicLink(input.resolve("x.txt"), Path.of("missing.txt"));

        assertThat(ArticleReader.read(input, "x.txt", WINDOWS_1252)).isEqualTo(
                new UnreadableFile("x.txt", "", "cannot read: symbolic link to a missing file (missing.txt)"));
    }

    @Test
    void read_WhenPermissionDenied_ThenSaysSo() throws Exception {
        // root reads every file whatever its permissions, as in CI containers
        assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions do not stop reading");
        Path file = Files.writeString(input.resolve("secret.txt"), "Text");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        assertThat(ArticleReader.read(input, "secret.txt", WINDOWS_1252))
                .isEqualTo(new UnreadableFile("secret.txt", "", "cannot read: permission denied"));
    }

    @Test
    void read_WhenBinary_ThenKeepsTheHashAndSaysWhy() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Files.write(input.resolve("bild.txt"), png);

        assertThat(ArticleReader.read(input, "bild.txt", WINDOWS_1252)).isEqualTo(new UnreadableFile("bild.txt",
                ArticleReader.sha256(png), "binary file: contains NUL bytes, first at byte offset 8"));
    }

    @Test
    void read_WhenNotUtf8AndNoFallback_ThenFails() throws Exception {
        Files.write(input.resolve("alt.txt"), "Grüße".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ArticleReader.read(input, "alt.txt", null)).isInstanceOfSatisfying(UnreadableFile.class,
                f -> assertThat(f.reason()).isEqualTo("not valid UTF-8: malformed byte 0xFC at byte offset 2"));
    }
}
