package org.mtqa.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The sockets this process listens on, read from Linux's {@code /proc}: what a port scan of the machine would find. */
final class ListeningSockets {

    /** TCP sockets in state LISTEN, UDP sockets bound and unconnected, as {@code /proc/net} codes them. */
    private static final Map<String, String> LISTENING_STATE = Map.of("tcp", "0A", "tcp6", "0A", "udp", "07",
            "udp6", "07");

    private ListeningSockets() {
    }

    static boolean visible() {
        return Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Each as "tcp6 00000000000000000000000000000000:1F90" (protocol, local address and port in hex). */
    static Set<String> ofThisProcess() {
        Map<String, String> listening = new HashMap<>();
        LISTENING_STATE.forEach((table, state) -> {
            Path file = Path.of("/proc/net", table);
            for (String line : lines(file).subList(1, lines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(state)) {
                    listening.put(fields[9], table + " " + fields[1]);
                }
            }
        });
        Set<String> own = new TreeSet<>();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors) {
                String target = target(descriptor);
                if (target.startsWith("socket:[") && listening.containsKey(target.substring(8, target.length() - 1))) {
                    own.add(listening.get(target.substring(8, target.length() - 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return own;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of("header");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException e) {
            return ""; // closed since the folder was listed
        }
    }
}
