package org.mtqa.article;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads one input file into an {@link Article}, or an {@link UnreadableFile} saying why it cannot. */
public final class ArticleReader {

    private ArticleReader() {
    }

    /** @param fallback encoding for files that are not valid UTF-8; null to report them as FAILED */
    public static ArticleInput read(Path input, String file, Charset fallback) {
        Path path = input.resolve(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new UnreadableFile(file, "", Files.isSymbolicLink(path)
                    ? "cannot read: symbolic link to a missing file (" + linkTarget(path) + ")"
                    : "file disappeared after the run started");
        } catch (AccessDeniedException e) {
            return new UnreadableFile(file, "", "cannot read: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            return new UnreadableFile(file, "", "cannot read: " + e);
        }
        String sha256 = sha256(bytes);
        try {
            ArticleDecoder.DecodedText decoded = ArticleDecoder.decode(bytes, fallback);
            return new Article(file, decoded.text(), sha256, decoded.encoding());
        } catch (ArticleDecoder.UndecodableException e) {
            return new UnreadableFile(file, sha256, e.getMessage());
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unknown target";
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
