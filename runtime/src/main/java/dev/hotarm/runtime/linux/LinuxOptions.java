package dev.hotarm.runtime.linux;

import java.util.function.Consumer;

/** How to start a Linux process; every setting is optional. */
public final class LinuxOptions {
    private Consumer<String> strace;
    private String argv0;

    /** Receives one line per system call, without a newline. */
    public LinuxOptions strace(Consumer<String> sink) {
        this.strace = sink;
        return this;
    }

    /** argv[0] as the program sees it; by default the program path as given. */
    public LinuxOptions argv0(String argv0) {
        this.argv0 = argv0;
        return this;
    }

    public Consumer<String> strace() {
        return strace;
    }

    public String argv0() {
        return argv0;
    }
}
