package dev.hotarm.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * User-facing diagnostics. They go straight to file descriptor 2, unbuffered, because the
 * guest writes to the same descriptor through the host libc and the two must interleave in
 * the order they happened.
 */
final class Messages {
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private Messages() {
    }

    /** One line {@code hotarm: <message>} on stderr. */
    static void error(String message) {
        line("hotarm: " + message);
    }

    static synchronized void line(String text) {
        try {
            STDERR.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Nowhere left to report it: stderr itself is gone.
        }
    }
}
