package org.mtqa.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads one input file into an {@link Article}, or an {@link UnreadableFile} saying why it cannot. */
public final class ArticleReader {

    private ArticleReader() {
    }

    public static ArticleInput read(Path input, String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.resolve(file));
        } catch (NoSuchFileException e) {
            return new UnreadableFile(file, "", "file disappeared before it could be read");
        } catch (AccessDeniedException e) {
            return new UnreadableFile(file, "", "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            return new UnreadableFile(file, "", "cannot read: " + e);
        }
        String sha256 = sha256(bytes);
        try {
            return new Article(file, ArticleDecoder.decode(bytes), sha256);
        } catch (ArticleDecoder.UndecodableException e) {
            return new UnreadableFile(file, sha256, e.getMessage());
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
